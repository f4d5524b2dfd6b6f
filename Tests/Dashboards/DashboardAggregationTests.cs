using Kooperationsraum.Grains.Dashboards;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Grains;
using Kooperationsraum.Tests.Grains.Hosted;
using Kooperationsraum.Tests.Grains.Hosting;
using Kooperationsraum.Tests.Silo;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Dashboards;

/// <summary>
/// A cooperation's dashboard against its projects' real boards and documents: after random work, and after a restart of
/// the host, what the dashboard holds equals what each project's snapshot says, with the editing sessions the work made.
/// </summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class DashboardAggregationTests(HostedGrainsFixture fixture)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Start.UtcDateTime);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task SummariesEqualTheProjectsRealStateAfterRandomWorkAndAfterARestart(int seed)
    {
        var path = fixture.Folder.NewDatabasePath();
        var clock = new ManualTimeProvider(Start);
        var cooperationId = HostedWorkspace.NewId();
        string[] projectIds = [HostedWorkspace.NewId(), HostedWorkspace.NewId(), HostedWorkspace.NewId()];
        var edits = new EditSessionOracle();
        IReadOnlyList<ProjectSummary> before;
        await using (var host = await WorkspaceHost.StartAsync(path, clock))
        {
            await CreateCooperationAsync(host, cooperationId, projectIds);

            await Task.WhenAll(projectIds.Select((id, index) => new RandomBoardWork(host.Workspace(id), new Random(seed * 10 + index), Today).RunAsync(120)));
            await new RandomDocumentWork(host, clock, new Random(seed), edits).RunAsync(projectIds, 80);
            var dashboard = await SettledDashboardAsync(host, cooperationId, projectIds, edits);
            before = dashboard.Projects;

            await ShouldEqualTheRealBoardsAsync(host, dashboard, projectIds, edits);
        }

        await using var restarted = await WorkspaceHost.StartAsync(path, clock);
        var afterRestart = await Dashboard(restarted, cooperationId).GetAsync(Root, Today);
        await new RandomDocumentWork(restarted, clock, new Random(seed + 100), edits).RunAsync(projectIds, 40);
        var afterMoreWork = await SettledDashboardAsync(restarted, cooperationId, projectIds, edits);

        afterRestart.Projects.Should().BeEquivalentTo(before, options => options.WithStrictOrdering());
        await ShouldEqualTheRealBoardsAsync(restarted, afterMoreWork, projectIds, edits);
    }

    [Fact]
    public async Task OverdueAndDueThisWeekAreCountedFromTheOpenTasksDueDatesOnTheDayOfLooking()
    {
        var cooperationId = HostedWorkspace.NewId();
        var projectId = HostedWorkspace.NewId();
        await CreateCooperationAsync(fixture.Host, cooperationId, [projectId]);
        var project = fixture.Host.Workspace(projectId);
        var board = (await project.GetAsync(Root))!;
        var open = board.Columns[0].Id;
        var done = board.Columns[^1].Id;
        var monday = new DateOnly(2025, 3, 3);
        await project.CreateTaskAsync(Anna, open, TaskDraft.Titled("Überfällig") with { DueDate = monday.AddDays(-1) });
        await project.CreateTaskAsync(Anna, open, TaskDraft.Titled("Heute") with { DueDate = monday });
        await project.CreateTaskAsync(Anna, open, TaskDraft.Titled("Sonntag") with { DueDate = monday.AddDays(6) });
        await project.CreateTaskAsync(Anna, open, TaskDraft.Titled("Nächste Woche") with { DueDate = monday.AddDays(7) });
        await project.CreateTaskAsync(Anna, done, TaskDraft.Titled("Erledigt, war fällig") with { DueDate = monday.AddDays(-5) });

        var summary = (await Dashboard(fixture.Host, cooperationId).GetAsync(Anna, monday)).Projects.Single();

        summary.OverdueOn(monday).Should().Be(1);
        summary.DueInWeekOf(monday).Should().Be(2);
        summary.DueInWeekOf(monday.AddDays(6)).Should().Be(1);
        summary.OverdueOn(monday.AddDays(8)).Should().Be(4);
        summary.DoneTasks.Should().Be(1);
        summary.TotalTasks.Should().Be(5);
        summary.DoneShare.Should().Be(0.2);
    }

    [Fact]
    public async Task ACooperationRemembersEachProjectsColumnsPerDayForTheCumulativeFlow()
    {
        var clock = new ManualTimeProvider(Start);
        await using var host = await WorkspaceHost.StartAsync(fixture.Folder.NewDatabasePath(), clock);
        var cooperationId = HostedWorkspace.NewId();
        string[] projectIds = [HostedWorkspace.NewId(), HostedWorkspace.NewId()];
        await CreateCooperationAsync(host, cooperationId, projectIds);
        var first = host.Workspace(projectIds[0]);
        var board = (await first.GetAsync(Root))!;
        var task = await first.CreateTaskAsync(Anna, board.Columns[0].Id, TaskDraft.Titled("Erste"));
        var second = host.Workspace(projectIds[1]);
        await second.CreateTaskAsync(Anna, (await second.GetAsync(Root))!.Columns[0].Id, TaskDraft.Titled("Zweite"));
        clock.Advance(TimeSpan.FromDays(2));
        await first.MoveTaskAsync(Anna, task.Id, board.Columns[^1].Id, 0);

        var flow = CumulativeFlow.Sum((await Dashboard(host, cooperationId).GetAsync(Anna, Today)).Flow, Today, Today.AddDays(2));

        Count(flow, Today, "Offen").Should().Be(2);
        Count(flow, Today.AddDays(1), "Offen").Should().Be(2);
        Count(flow, Today.AddDays(2), "Offen").Should().Be(1);
        Count(flow, Today.AddDays(2), "Erledigt").Should().Be(1);
        flow.Select(point => point.Day).Max().Should().Be(Today.AddDays(2));
    }

    [Fact]
    public async Task AProjectThatMovesToAnotherCooperationLeavesTheFirstDashboard()
    {
        var firstId = HostedWorkspace.NewId();
        var secondId = HostedWorkspace.NewId();
        var projectId = HostedWorkspace.NewId();
        await CreateCooperationAsync(fixture.Host, firstId, [projectId]);
        await fixture.Host.Workspace(secondId).CreateAsync(Anna, Cooperation("Zweite Kooperation"));
        var project = fixture.Host.Workspace(projectId);
        var details = (await project.GetAsync(Root))!.Details;

        await project.UpdateDetailsAsync(Anna, details with { CooperationId = secondId });

        (await Dashboard(fixture.Host, firstId).GetAsync(Root, Today)).Projects.Should().BeEmpty();
        (await Dashboard(fixture.Host, secondId).GetAsync(Root, Today)).Projects.Should().ContainSingle().Which.WorkspaceId.Should().Be(projectId);
    }

    /// <summary>A cooperation Anna coordinates, with projects she created; Ben and Dora are members of each project.</summary>
    internal static async Task CreateCooperationAsync(WorkspaceHost host, string cooperationId, IReadOnlyList<string> projectIds)
    {
        await host.Workspace(cooperationId).CreateAsync(Anna, Cooperation());
        foreach (var id in projectIds)
        {
            var project = host.Workspace(id);
            await project.CreateAsync(Anna, Project(cooperationId) with { Title = $"Projekt {id[^4..]}" });
            await project.AddMemberAsync(Anna, Ben.PersonId, Ben.DisplayName, Ben.OrganisationId, WorkspaceRole.Member);
            await project.AddMemberAsync(Anna, Dora.PersonId, Dora.DisplayName, Dora.OrganisationId, WorkspaceRole.Member);
        }
    }

    internal static ICooperationDashboardGrain Dashboard(WorkspaceHost host, string cooperationId) =>
        host.Grains.GetGrain<ICooperationDashboardGrain>(cooperationId);

    private static int Count(IReadOnlyList<FlowPoint> flow, DateOnly day, string column) =>
        flow.Single(point => point.Day == day && point.Column == column).Tasks;

    // The documents report their sessions after the edit is acknowledged, so the dashboard may take a moment to show them.
    private static async Task<CooperationDashboard> SettledDashboardAsync(
        WorkspaceHost host, string cooperationId, IReadOnlyList<string> projectIds, EditSessionOracle edits)
    {
        CooperationDashboard? dashboard = null;
        await Eventually.TrueAsync(async () =>
        {
            dashboard = await Dashboard(host, cooperationId).GetAsync(Root, Today);
            return projectIds.All(id => dashboard.Projects.Single(project => project.WorkspaceId == id).Contributions
                .Where(contribution => contribution.EditSessions > 0)
                .Select(contribution => new EditCount(contribution.OrganisationId, contribution.EditSessions))
                .SequenceEqual(edits.Of(id)));
        });
        return dashboard!;
    }

    private static async Task ShouldEqualTheRealBoardsAsync(
        WorkspaceHost host, CooperationDashboard dashboard, IReadOnlyList<string> projectIds, EditSessionOracle edits)
    {
        dashboard.Projects.Select(summary => summary.WorkspaceId).Should().BeEquivalentTo(projectIds);
        foreach (var id in projectIds)
        {
            var snapshot = (await host.Workspace(id).GetAsync(Root))!;
            var lastActivity = (await host.Workspace(id).GetActivityAsync(Root, 1))[0].By;
            var held = dashboard.Projects.Single(summary => summary.WorkspaceId == id);
            var openTasks = snapshot.Columns.Take(snapshot.Columns.Count - 1).SelectMany(column => column.Tasks).ToList();

            held.Should().BeEquivalentTo(ProjectSummaryBuilder.Build(snapshot, lastActivity, edits.Of(id), held.EditReports), options => options.WithStrictOrdering());
            held.Version.Should().Be(snapshot.Version);
            held.Columns.Select(column => (column.Name, column.Tasks)).Should().Equal(snapshot.Columns.Select(column => (column.Name, column.Tasks.Count)));
            held.DoneTasks.Should().Be(snapshot.Columns[^1].Tasks.Count);
            held.OverdueOn(Today).Should().Be(openTasks.Count(task => task.DueDate < Today));
            held.ColumnsAtWipLimit.Should().Be(snapshot.Columns.Count(column => column.WipLimit is { } limit && column.Tasks.Count >= limit));
            held.Members.Select(member => member.PersonId).Should().BeEquivalentTo(snapshot.Members.Select(member => member.PersonId));
            held.Contributions.Sum(contribution => contribution.EditSessions).Should().Be(edits.Of(id).Sum(count => count.Sessions));
        }
    }
}
