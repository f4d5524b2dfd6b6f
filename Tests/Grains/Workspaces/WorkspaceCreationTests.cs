using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using Kooperationsraum.Grains.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Workspaces;

public sealed class WorkspaceCreationTests
{
    [Fact]
    public void ANewWorkspaceHasTheFourGermanDefaultColumnsInOrder()
    {
        var scenario = Empty();

        scenario.Workspace.Create(Anna, WorkspaceId, Cooperation());

        scenario.Snapshot().Columns.Select(column => column.Name).Should().Equal("Offen", "In Arbeit", "In Prüfung", "Erledigt");
    }

    [Fact]
    public void TheCreatorBecomesTheOnlyCoordinationMember()
    {
        var scenario = Empty();

        scenario.Workspace.Create(Anna, WorkspaceId, Cooperation());

        scenario.Snapshot().Members.Should().ContainSingle().Which.Should().Be(
            new WorkspaceMember("anna", "Anna Schmidt", "stadt-nuernberg", WorkspaceRole.Coordination, Start));
    }

    [Fact]
    public void CreatingAWorkspaceProducesWorkspaceCreatedAtVersionOneStampedWithCreatorAndTime()
    {
        var scenario = Empty();

        var created = scenario.Workspace.Create(Anna, WorkspaceId, Cooperation());

        created.Should().BeEquivalentTo(new WorkspaceCreated(WorkspaceId, 1, new ChangeStamp("anna", "Anna Schmidt", Start), Cooperation()));
        scenario.Snapshot().Created.Should().Be(new ChangeStamp("anna", "Anna Schmidt", Start));
        scenario.Snapshot().Version.Should().Be(1);
    }

    [Fact]
    public void ColumnIdsAreShortRandomIdsRatherThanPositions()
    {
        var first = Empty();
        var second = Empty();

        first.Workspace.Create(Anna, WorkspaceId, Cooperation());
        second.Workspace.Create(Anna, WorkspaceId, Cooperation());

        var ids = first.Snapshot().Columns.Concat(second.Snapshot().Columns).Select(column => column.Id).ToList();
        ids.Should().OnlyHaveUniqueItems().And.AllSatisfy(id => id.Should().HaveLength(ShortId.Length));
    }

    [Fact]
    public void CreatingAWorkspaceThatExistsIsRefusedWithWorkspaceAlreadyExists()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.Create(Root, WorkspaceId, Cooperation("Anders")));

        refused.Error.Should().Be(WorkspaceError.WorkspaceAlreadyExists);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void CreatingAWorkspaceWithInvalidDetailsCreatesNothing()
    {
        var scenario = Empty();

        var refused = scenario.Attempt(() => scenario.Workspace.Create(Anna, WorkspaceId, Cooperation(title: " ")));

        refused.Error.Should().Be(WorkspaceError.TitleRequired);
        refused.StateChanged.Should().BeFalse();
        scenario.Workspace.Exists.Should().BeFalse();
    }

    [Fact]
    public void EveryCommandOnAWorkspaceThatWasNeverCreatedIsRefusedWithWorkspaceNotFound()
    {
        var scenario = Empty();

        var refusals = new[]
        {
            scenario.Attempt(() => scenario.Workspace.Snapshot(Root)),
            scenario.Attempt(() => scenario.Workspace.Activity(Root, 10)),
            scenario.Attempt(() => scenario.Workspace.DemandRead(Root)),
            scenario.Attempt(() => scenario.Workspace.UpdateDetails(Root, Cooperation())),
            scenario.Attempt(() => scenario.Workspace.AddColumn(Root, "Neu", null)),
            scenario.Attempt(() => scenario.Workspace.AddMember(Root, "ben", "Ben", "org", WorkspaceRole.Member)),
            scenario.Attempt(() => scenario.Workspace.Summary()),
        };

        refusals.Should().AllSatisfy(refused => refused.Error.Should().Be(WorkspaceError.WorkspaceNotFound));
        refusals.Should().AllSatisfy(refused => refused.StateChanged.Should().BeFalse());
    }

    [Fact]
    public void TheSummaryNamesKindTitlePartnersAndCreationTime()
    {
        var scenario = Created();

        var summary = scenario.Workspace.Summary();

        summary.Should().BeEquivalentTo(new WorkspaceSummary(
            WorkspaceId, WorkspaceKind.Cooperation, "Digitalisierung Nürnberg", null, null, null, ["stadt-nuernberg", "th-nuernberg"], Start));
    }
}
