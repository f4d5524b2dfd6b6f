using System.Text.Json;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Grains.Hosted;
using Kooperationsraum.Tests.Grains.Hosting;
using Kooperationsraum.Tests.Silo;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Dashboards;

/// <summary>
/// Who sees what on a cooperation's dashboard: the cooperation's Koordination and administrators everything, everyone
/// else only the projects they are a member of; what they may not see is neither counted nor sent to them.
/// </summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class DashboardVisibilityTests(HostedGrainsFixture fixture)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Start.UtcDateTime);

    [Fact]
    public async Task AMemberSeesAndCountsOnlyTheProjectsTheyBelongTo()
    {
        var (cooperationId, bensProject, dorasProject) = await CreateTwoProjectsAsync();

        var bens = await Dashboard(cooperationId).GetAsync(Ben, Today);
        var annas = await Dashboard(cooperationId).GetAsync(Anna, Today);
        var roots = await Dashboard(cooperationId).GetAsync(Root, Today);

        bens.Projects.Select(project => project.WorkspaceId).Should().Equal(bensProject);
        bens.Cooperation.Should().BeNull();
        CumulativeFlow.Sum(bens.Flow, Today, Today).Sum(point => point.Tasks).Should().Be(1);
        annas.Projects.Select(project => project.WorkspaceId).Should().BeEquivalentTo([bensProject, dorasProject]);
        CumulativeFlow.Sum(annas.Flow, Today, Today).Sum(point => point.Tasks).Should().Be(3);
        annas.Cooperation!.Title.Should().Be(Cooperation().Title);
        roots.Projects.Should().HaveCount(2);
    }

    [Fact]
    public async Task SomeoneWhoBelongsToNothingOfTheCooperationIsRefused()
    {
        var (cooperationId, _, _) = await CreateTwoProjectsAsync();

        var refusal = await Record.ExceptionAsync(() => Dashboard(cooperationId).GetAsync(Otto, Today));
        var subscription = await Record.ExceptionAsync(() => Dashboard(cooperationId).SubscribeAsync(Otto, new DashboardRecorder()));

        refusal.Should().BeOfType<WorkspaceRuleException>().Which.Error.Should().Be(WorkspaceError.NotAllowed);
        subscription.Should().BeOfType<WorkspaceRuleException>().Which.Error.Should().Be(WorkspaceError.NotAllowed);
    }

    [Fact]
    public async Task AnObserverHearsOnlyOfProjectsItsPersonMaySee()
    {
        var (cooperationId, bensProject, dorasProject) = await CreateTwoProjectsAsync();
        var recorder = new DashboardRecorder();
        var reference = fixture.Host.Grains.CreateObjectReference<IDashboardObserver>(recorder);
        await Dashboard(cooperationId).SubscribeAsync(Ben, reference);

        await AddTaskAsync(dorasProject, "Nur für Dora");
        await AddTaskAsync(bensProject, "Für Ben");
        await Eventually.TrueAsync(() => Task.FromResult(recorder.Changed.Any(summary => summary.TotalTasks == 2)));

        recorder.Changed.Select(summary => summary.WorkspaceId).Should().OnlyContain(id => id == bensProject);
        fixture.Host.Grains.DeleteObjectReference(reference);
    }

    [Fact]
    public async Task AMemberWhoLeavesAProjectHearsThatItIsHiddenAndNoLongerSeesIt()
    {
        var (cooperationId, bensProject, _) = await CreateTwoProjectsAsync();
        var recorder = new DashboardRecorder();
        var reference = fixture.Host.Grains.CreateObjectReference<IDashboardObserver>(recorder);
        await Dashboard(cooperationId).SubscribeAsync(Ben, reference);

        await fixture.Host.Workspace(bensProject).RemoveMemberAsync(Anna, Ben.PersonId);
        await Eventually.TrueAsync(() => Task.FromResult(recorder.Hidden.Contains(bensProject)));
        var refusal = await Record.ExceptionAsync(() => Dashboard(cooperationId).GetAsync(Ben, Today));

        refusal.Should().BeOfType<WorkspaceRuleException>().Which.Error.Should().Be(WorkspaceError.NotAllowed);
        fixture.Host.Grains.DeleteObjectReference(reference);
    }

    [Fact]
    public async Task ADocumentKeptWithinOneOrganisationIsNamedOnTheDashboardOnlyToThoseWhoMaySeeIt()
    {
        var (cooperationId, bensProject, _) = await CreateTwoProjectsAsync();
        await fixture.Host.Workspace(bensProject).CreateDocumentAsync(Anna, "Personalplanung", DocumentVisibilityMode.OwnOrganisation);
        await fixture.Host.Workspace(bensProject).CreateDocumentAsync(Anna, "Protokoll");
        var recorder = new DashboardRecorder();
        var reference = fixture.Host.Grains.CreateObjectReference<IDashboardObserver>(recorder);
        await Dashboard(cooperationId).SubscribeAsync(Ben, reference);

        await AddTaskAsync(bensProject, "Nach den Dokumenten");
        await Eventually.TrueAsync(() => Task.FromResult(recorder.Changed.Any(summary => summary.TotalTasks == 2)));
        var bens = await Dashboard(cooperationId).GetAsync(Ben, Today);
        var annas = await Dashboard(cooperationId).GetAsync(Anna, Today);
        var roots = await Dashboard(cooperationId).GetAsync(Root, Today);

        Titles(bens, bensProject).Should().Equal("Protokoll");
        recorder.Changed.Last().Documents.Select(document => document.Title).Should().Equal("Protokoll");
        Titles(annas, bensProject).Should().BeEquivalentTo(["Personalplanung", "Protokoll"]);
        Titles(roots, bensProject).Should().BeEquivalentTo(["Personalplanung", "Protokoll"]);
        fixture.Host.Grains.DeleteObjectReference(reference);
    }

    [Fact]
    public async Task EditsOfADocumentHiddenFromAMemberCountForTheOrganisationWithoutItsTitleReachingThem()
    {
        var (cooperationId, bensProject, _) = await CreateTwoProjectsAsync();
        var recorder = new DashboardRecorder();
        var reference = fixture.Host.Grains.CreateObjectReference<IDashboardObserver>(recorder);
        await Dashboard(cooperationId).SubscribeAsync(Ben, reference);
        var hidden = await fixture.Host.Workspace(bensProject).CreateDocumentAsync(Anna, "Personalplanung Geheim", DocumentVisibilityMode.OwnOrganisation);

        await Typing.TypeAsync(fixture.Host.Document(hidden.Id), Anna, "Stellenplan");
        await Eventually.TrueAsync(() => Task.FromResult(recorder.Changed.Any(summary => summary.Contributions.Any(each => each.EditSessions == 1))));
        var bens = await Dashboard(cooperationId).GetAsync(Ben, Today);

        bens.Projects.Single().Contributions.Should().Equal(new PartnerContribution(Anna.OrganisationId, 0, 1));
        Titles(bens, bensProject).Should().BeEmpty();
        JsonSerializer.Serialize(bens).Should().NotContain("Personalplanung");
        recorder.Changed.Select(summary => JsonSerializer.Serialize(summary)).Should().NotContain(json => json.Contains("Personalplanung"));
        fixture.Host.Grains.DeleteObjectReference(reference);
    }

    private static IEnumerable<string> Titles(CooperationDashboard dashboard, string projectId) =>
        dashboard.Projects.Single(project => project.WorkspaceId == projectId).Documents.Select(document => document.Title);

    private ICooperationDashboardGrain Dashboard(string cooperationId) => fixture.Host.Grains.GetGrain<ICooperationDashboardGrain>(cooperationId);

    /// <summary>Anna coordinates the cooperation; Ben works in one project (one task), Dora in the other (two tasks).</summary>
    private async Task<(string CooperationId, string BensProject, string DorasProject)> CreateTwoProjectsAsync()
    {
        var cooperationId = HostedWorkspace.NewId();
        var bensProject = HostedWorkspace.NewId();
        var dorasProject = HostedWorkspace.NewId();
        await fixture.Host.Workspace(cooperationId).CreateAsync(Anna, Cooperation());
        await fixture.Host.Workspace(bensProject).CreateAsync(Anna, Project(cooperationId) with { Title = "Bens Projekt" });
        await fixture.Host.Workspace(bensProject).AddMemberAsync(Anna, Ben.PersonId, Ben.DisplayName, Ben.OrganisationId, WorkspaceRole.Member);
        await fixture.Host.Workspace(dorasProject).CreateAsync(Anna, Project(cooperationId) with { Title = "Doras Projekt" });
        await fixture.Host.Workspace(dorasProject).AddMemberAsync(Anna, Dora.PersonId, Dora.DisplayName, Dora.OrganisationId, WorkspaceRole.Member);
        await AddTaskAsync(bensProject, "Eins");
        await AddTaskAsync(dorasProject, "Zwei");
        await AddTaskAsync(dorasProject, "Drei");
        return (cooperationId, bensProject, dorasProject);
    }

    private async Task AddTaskAsync(string projectId, string title)
    {
        var project = fixture.Host.Workspace(projectId);
        var board = (await project.GetAsync(Root))!;
        await project.CreateTaskAsync(Anna, board.Columns[0].Id, TaskDraft.Titled(title));
    }
}
