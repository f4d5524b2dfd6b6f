using Kooperationsraum.Grains.Dashboards;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Workspaces;
using Kooperationsraum.Tests.Grains;
using Kooperationsraum.Tests.Grains.Hosted;
using Kooperationsraum.Tests.Grains.Hosting;
using Kooperationsraum.Tests.Silo;
using static Kooperationsraum.Tests.Dashboards.DashboardAggregationTests;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Dashboards;

/// <summary>
/// How a cooperation's dashboard writes the summaries of many projects that change at once: together, durably, and
/// never telling or showing one whose write failed.
/// </summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class DashboardGroupCommitTests(HostedGrainsFixture fixture)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Start.UtcDateTime);

    // Lets the projects' pushes reach the dashboard once their own writes are done, as the document tests let submissions arrive.
    private static readonly TimeSpan Arrival = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task ProjectsThatChangeWhileTheDashboardWritesShareTheNextWriteAndEveryChangeIsToldAndKeptAcrossARestart()
    {
        var path = fixture.Folder.NewDatabasePath();
        var cooperationId = HostedWorkspace.NewId();
        var projectIds = Enumerable.Range(0, 8).Select(_ => HostedWorkspace.NewId()).ToList();
        IReadOnlyList<ProjectSummary> shown;
        await using (var host = await WorkspaceHost.StartAsync(path, new ManualTimeProvider(Start)))
        {
            await CreateCooperationAsync(host, cooperationId, projectIds);
            var moves = await PrepareMovesAsync(host, projectIds);
            var recorder = new DashboardRecorder();
            await Dashboard(host, cooperationId).SubscribeAsync(Anna, host.Grains.CreateObjectReference<IDashboardObserver>(recorder));
            var writesBefore = host.Storage.WritesOf<CooperationDashboardGrain>(cooperationId);
            var workspaceWrites = WorkspaceWrites(host, projectIds);
            var release = host.Storage.HoldWritesOf<CooperationDashboardGrain>(cooperationId);

            // The first project's summary is being written, slowly, while the other seven arrive.
            var moving = new List<Task> { moves[0]() };
            await Eventually.TrueAsync(() => Task.FromResult(host.Storage.WritesHeldOf<CooperationDashboardGrain>(cooperationId) > 0));
            moving.AddRange(moves.Skip(1).Select(move => move()));
            await WrittenAfterAsync(host, workspaceWrites);
            await Task.Delay(Arrival);
            release();
            await Task.WhenAll(moving);
            var writes = host.Storage.WritesOf<CooperationDashboardGrain>(cooperationId) - writesBefore;
            var versions = await VersionsAsync(host, projectIds);
            shown = (await Dashboard(host, cooperationId).GetAsync(Root, Today)).Projects;

            writes.Should().BeLessThan(projectIds.Count / 2);
            shown.ToDictionary(summary => summary.WorkspaceId, summary => summary.Version).Should().Equal(versions);
            await Eventually.TrueAsync(() => Task.FromResult(versions.All(project =>
                recorder.Changed.Any(summary => summary.WorkspaceId == project.Key && summary.Version == project.Value))));
        }

        await using var restarted = await WorkspaceHost.StartAsync(path, new ManualTimeProvider(Start));
        var afterRestart = await Dashboard(restarted, cooperationId).GetAsync(Root, Today);

        afterRestart.Projects.Should().BeEquivalentTo(shown, options => options.WithStrictOrdering());
    }

    [Fact]
    public async Task AFailedDashboardWriteFailsEverySummaryWaitingOnItShowsAndTellsNothingAndTheProjectsPushAgainUntilWritten()
    {
        var host = fixture.Host;
        var cooperationId = HostedWorkspace.NewId();
        var projectIds = Enumerable.Range(0, 3).Select(_ => HostedWorkspace.NewId()).ToList();
        await CreateCooperationAsync(host, cooperationId, projectIds);
        var moves = await PrepareMovesAsync(host, projectIds);
        var before = (await Dashboard(host, cooperationId).GetAsync(Root, Today)).Projects.ToDictionary(summary => summary.WorkspaceId, summary => summary.Version);
        var recorder = new DashboardRecorder();
        await Dashboard(host, cooperationId).SubscribeAsync(Anna, host.Grains.CreateObjectReference<IDashboardObserver>(recorder));
        var workspaceWrites = WorkspaceWrites(host, projectIds);
        var release = host.Storage.HoldWritesOf<CooperationDashboardGrain>(cooperationId);

        // The write under way fails, and so do the summaries that arrived meanwhile for the write after it.
        var moving = new List<Task> { moves[0]() };
        await Eventually.TrueAsync(() => Task.FromResult(host.Storage.WritesHeldOf<CooperationDashboardGrain>(cooperationId) > 0));
        host.Storage.FailWritesOf<CooperationDashboardGrain>(cooperationId);
        moving.AddRange(moves.Skip(1).Select(move => move()));
        await WrittenAfterAsync(host, workspaceWrites);
        await Task.Delay(Arrival);
        release();
        await Task.WhenAll(moving);
        var during = (await Dashboard(host, cooperationId).GetAsync(Root, Today)).Projects.ToDictionary(summary => summary.WorkspaceId, summary => summary.Version);
        var toldDuring = recorder.Changed.Count;
        host.Storage.FailWritesOf<CooperationDashboardGrain>(cooperationId, fail: false);
        var versions = await VersionsAsync(host, projectIds);

        during.Should().Equal(before);
        toldDuring.Should().Be(0);
        await Eventually.TrueAsync(async () =>
            (await Dashboard(host, cooperationId).GetAsync(Root, Today)).Projects.All(summary => summary.Version == versions[summary.WorkspaceId]));
        await Eventually.TrueAsync(() => Task.FromResult(versions.All(project =>
            recorder.Changed.Any(summary => summary.WorkspaceId == project.Key && summary.Version == project.Value))));
    }

    // One task per project, and for each a move of it to the last column, to be started by the test.
    private static async Task<IReadOnlyList<Func<Task>>> PrepareMovesAsync(WorkspaceHost host, IReadOnlyList<string> projectIds)
    {
        var moves = new List<Func<Task>>();
        foreach (var id in projectIds)
        {
            var project = host.Workspace(id);
            var board = (await project.GetAsync(Root))!;
            var task = await project.CreateTaskAsync(Anna, board.Columns[0].Id, TaskDraft.Titled("Aufgabe"));
            moves.Add(() => project.MoveTaskAsync(Anna, task.Id, board.Columns[^1].Id, 0));
        }

        return moves;
    }

    // A workspace pushes its summary right after its own write, within the same call, so it cannot be asked meanwhile;
    // its storage tells when that write is done.
    private static Dictionary<string, int> WorkspaceWrites(WorkspaceHost host, IReadOnlyList<string> projectIds) =>
        projectIds.ToDictionary(id => id, id => host.Storage.WritesOf<WorkspaceGrain>(id));

    private static Task WrittenAfterAsync(WorkspaceHost host, Dictionary<string, int> writesBefore) =>
        Eventually.TrueAsync(() => Task.FromResult(writesBefore.All(project => host.Storage.WritesOf<WorkspaceGrain>(project.Key) > project.Value)));

    private static async Task<Dictionary<string, long>> VersionsAsync(WorkspaceHost host, IReadOnlyList<string> projectIds)
    {
        var snapshots = await Task.WhenAll(projectIds.Select(id => host.Workspace(id).GetAsync(Root)));
        return snapshots.ToDictionary(snapshot => snapshot!.Id, snapshot => snapshot!.Version);
    }
}
