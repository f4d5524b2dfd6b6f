using Kooperationsraum.Grains.Interfaces.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Workspaces;

public sealed class WorkspaceDetailsTests
{
    [Fact]
    public void ChangingTheDetailsProducesAnEventWithTheDetailsAsStored()
    {
        var scenario = Created();

        var changed = scenario.Workspace.UpdateDetails(Anna, Cooperation("  Digitalisierung Nürnberg 2030  "));

        changed.Details.Title.Should().Be("Digitalisierung Nürnberg 2030");
        scenario.Snapshot().Details.Title.Should().Be("Digitalisierung Nürnberg 2030");
    }

    [Fact]
    public void ATitleOf200CharactersIsAccepted()
    {
        var scenario = Created();

        scenario.Workspace.UpdateDetails(Anna, Cooperation(new string('T', 200)));

        scenario.Snapshot().Details.Title.Should().HaveLength(200);
    }

    [Fact]
    public void ATitleOf201CharactersIsRefusedWithTitleTooLong()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.UpdateDetails(Anna, Cooperation(new string('T', 201))));

        refused.Error.Should().Be(WorkspaceError.TitleTooLong);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void ABlankTitleIsRefusedWithTitleRequired()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.UpdateDetails(Anna, Cooperation(" \t ")));

        refused.Error.Should().Be(WorkspaceError.TitleRequired);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void GoalsOf20000CharactersAreAccepted()
    {
        var scenario = Created();

        scenario.Workspace.UpdateDetails(Anna, Cooperation() with { Goals = new string('g', 20_000) });

        scenario.Snapshot().Details.Goals.Should().HaveLength(20_000);
    }

    [Fact]
    public void GoalsOf20001CharactersAreRefusedWithGoalsTooLong()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.UpdateDetails(Anna, Cooperation() with { Goals = new string('g', 20_001) }));

        refused.Error.Should().Be(WorkspaceError.GoalsTooLong);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void AProjectThatNamesItsCooperationIsAccepted()
    {
        var scenario = Empty();

        scenario.Workspace.Create(Anna, "projekt-parken", Project());

        scenario.Snapshot().Details.Should().BeEquivalentTo(Project());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AProjectWithoutItsCooperationIsRefusedWithInvalidDetails(string? cooperationId)
    {
        var scenario = Empty();

        var refused = scenario.Attempt(() => scenario.Workspace.Create(Anna, "projekt-parken", Project(cooperationId)));

        refused.Error.Should().Be(WorkspaceError.InvalidDetails);
        refused.Arguments.Should().Equal("CooperationId");
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void AnEndBeforeTheStartIsRefusedWithInvalidDetails()
    {
        var scenario = Empty();
        var details = Project() with { StartsOn = new DateOnly(2025, 6, 1), EndsOn = new DateOnly(2025, 5, 31) };

        var refused = scenario.Attempt(() => scenario.Workspace.Create(Anna, "projekt-parken", details));

        refused.Error.Should().Be(WorkspaceError.InvalidDetails);
        refused.Arguments.Should().Equal("EndsOn");
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void AnEndOnTheStartDayIsAccepted()
    {
        var scenario = Empty();
        var details = Project() with { StartsOn = new DateOnly(2025, 6, 1), EndsOn = new DateOnly(2025, 6, 1) };

        scenario.Workspace.Create(Anna, "projekt-parken", details);

        scenario.Snapshot().Details.EndsOn.Should().Be(new DateOnly(2025, 6, 1));
    }

    [Fact]
    public void AnUnknownCategoryIsRefusedWithInvalidDetails()
    {
        var scenario = Empty();

        var refused = scenario.Attempt(() => scenario.Workspace.Create(Anna, "projekt-parken", Project() with { Category = (ProjectCategory)42 }));

        refused.Error.Should().Be(WorkspaceError.InvalidDetails);
        refused.Arguments.Should().Equal("Category");
    }

    [Fact]
    public void ACooperationCannotBecomeAProject()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.UpdateDetails(Anna, Project()));

        refused.Error.Should().Be(WorkspaceError.InvalidDetails);
        refused.Arguments.Should().Equal("Kind");
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void PartnerIdsAreStoredTrimmedAndDistinctWithoutBlanks()
    {
        var scenario = Created();

        scenario.Workspace.UpdateDetails(Anna, Cooperation() with { PartnerOrganisationIds = [" stadt-nuernberg", "stadt-nuernberg ", "", "th-nuernberg"] });

        scenario.Snapshot().Details.PartnerOrganisationIds.Should().Equal("stadt-nuernberg", "th-nuernberg");
    }
}
