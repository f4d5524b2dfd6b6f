using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Workspaces;

public sealed class MemberTests
{
    [Fact]
    public void CoordinationAddsAPersonWithARoleAndTheJoiningTime()
    {
        var scenario = Created();
        scenario.Clock.Advance(TimeSpan.FromHours(1));

        var joined = scenario.Workspace.AddMember(Anna, "eva", "Eva Roth", "tu-brandenburg", WorkspaceRole.Guest);

        joined.Member.Should().Be(new WorkspaceMember("eva", "Eva Roth", "tu-brandenburg", WorkspaceRole.Guest, Start.AddHours(1)));
        scenario.Snapshot().Members.Should().ContainEquivalentOf(joined.Member);
    }

    [Fact]
    public void AddingSomeoneWhoIsAMemberAlreadyIsRefusedWithAlreadyMember()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.AddMember(Anna, "ben", "Ben Weber", "th-nuernberg", WorkspaceRole.Coordination));

        refused.Error.Should().Be(WorkspaceError.AlreadyMember);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void AMemberWithoutANameIsRefusedWithInvalidDetails()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.AddMember(Anna, "eva", "  ", "tu-brandenburg", WorkspaceRole.Member));

        refused.Error.Should().Be(WorkspaceError.InvalidDetails);
        refused.Arguments.Should().Equal("DisplayName");
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void AMemberMayBelongToNoPartnerOrganisation()
    {
        var scenario = Created();

        var joined = scenario.Workspace.AddMember(Anna, "operator", "Betrieb", " ", WorkspaceRole.Guest);

        joined.Member.OrganisationId.Should().BeEmpty();
    }

    [Fact]
    public void TheThousandthMemberIsAcceptedAndTheNextRefusedWithTooManyMembers()
    {
        var scenario = Created();
        for (var i = scenario.Snapshot().Members.Count; i < WorkspaceLimits.MaxMembers - 1; i++)
        {
            scenario.Workspace.AddMember(Anna, $"person-{i}", $"Person {i}", "stadt-nuernberg", WorkspaceRole.Guest);
        }

        scenario.Workspace.AddMember(Anna, "the-thousandth", "Person 1000", "stadt-nuernberg", WorkspaceRole.Guest);
        var refused = scenario.Attempt(() => scenario.Workspace.AddMember(Anna, "one-too-many", "Person 1001", "stadt-nuernberg", WorkspaceRole.Guest));

        scenario.Snapshot().Members.Should().HaveCount(1000);
        refused.Error.Should().Be(WorkspaceError.TooManyMembers);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void ChangingARoleProducesAnEventWithTheNewRole()
    {
        var scenario = Created();

        var changed = scenario.Workspace.ChangeMemberRole(Anna, "gina", WorkspaceRole.Member);

        changed.PersonId.Should().Be("gina");
        changed.Role.Should().Be(WorkspaceRole.Member);
        scenario.Snapshot().Members.Single(member => member.PersonId == "gina").Role.Should().Be(WorkspaceRole.Member);
    }

    [Fact]
    public void TheLastCoordinationMemberCannotBeDemoted()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.ChangeMemberRole(Anna, "anna", WorkspaceRole.Member));

        refused.Error.Should().Be(WorkspaceError.LastCoordinator);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void TheLastCoordinationMemberCannotBeRemovedEvenByAnAdministrator()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.RemoveMember(Root, "anna"));

        refused.Error.Should().Be(WorkspaceError.LastCoordinator);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void ACoordinationMemberMayStepDownWhenAnotherRemains()
    {
        var scenario = Created();
        scenario.Workspace.ChangeMemberRole(Anna, "ben", WorkspaceRole.Coordination);

        scenario.Workspace.ChangeMemberRole(Anna, "anna", WorkspaceRole.Member);

        scenario.Snapshot().Members.Where(member => member.Role == WorkspaceRole.Coordination).Select(member => member.PersonId).Should().Equal("ben");
    }

    [Fact]
    public void ACoordinationMemberMayBeRemovedWhenAnotherRemains()
    {
        var scenario = Created();
        scenario.Workspace.ChangeMemberRole(Anna, "ben", WorkspaceRole.Coordination);

        var left = scenario.Workspace.RemoveMember(Ben, "anna");

        left.PersonId.Should().Be("anna");
        scenario.Snapshot().Members.Select(member => member.PersonId).Should().NotContain("anna");
    }

    [Fact]
    public void RemovingAMemberTakesThemOffEveryTaskAndLeavesTheRevisions()
    {
        var scenario = Created();
        var draft = TaskDraft.Titled("Schnittstelle beschreiben") with { AssigneeIds = ["ben", "dora"] };
        var first = scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), draft).Task;
        var second = scenario.Workspace.CreateTask(Anna, scenario.ColumnId("In Arbeit"), draft with { AssigneeIds = ["ben"] }).Task;

        scenario.Workspace.RemoveMember(Anna, "ben");

        scenario.Task(first.Id).AssigneeIds.Should().Equal("dora");
        scenario.Task(second.Id).AssigneeIds.Should().BeEmpty();
        scenario.Task(first.Id).Revision.Should().Be(first.Revision);
    }

    [Fact]
    public void ChangingTheRoleOfSomeoneWhoIsNoMemberIsRefusedWithUnknownMember()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.ChangeMemberRole(Anna, "otto", WorkspaceRole.Member));

        refused.Error.Should().Be(WorkspaceError.UnknownMember);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void RemovingSomeoneWhoIsNoMemberIsRefusedWithUnknownMember()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.RemoveMember(Anna, "otto"));

        refused.Error.Should().Be(WorkspaceError.UnknownMember);
        refused.StateChanged.Should().BeFalse();
    }
}
