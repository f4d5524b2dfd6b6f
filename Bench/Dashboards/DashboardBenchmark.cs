using System.Diagnostics;
using System.Globalization;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Components.Pages.Dashboards;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kooperationsraum.Bench.Dashboards;

/// <summary>
/// A portfolio of 200 projects in 4 cooperations on SQLite, seen by a coordinator of all four. In rounds, 50 projects each
/// move a task at the same moment; measured is the time from the start of each change to the summary's arrival at an
/// observer of the dashboards (what an open page hears), and the time the server takes to build the portfolio page with
/// all 200 projects (loading the four dashboards and rendering the HTML, as the prerender does). The same file then
/// serves the web app for <see cref="DashboardScreenBenchmark"/>, which measures what a browser shows.
/// </summary>
public static class DashboardBenchmark
{
    public const int Cooperations = 4;
    public const int ProjectsPerCooperation = 50;
    public const int ChangingAtOnce = 50;
    private const int TasksPerProject = 12;

    private static readonly Actor Coordinator = new("bench-koordination", "Koordination", "bench-org", false);

    /// <summary>Names a file to copy the portfolio's database to, for looking at the web app on it by hand.</summary>
    public const string KeepVariable = "KOOPERATIONSRAUM_BENCH_KEEP_DATABASE";

    /// <summary>
    /// Runs every dashboard measurement, or with <paramref name="onlyScreen"/> the end-to-end ones alone; with
    /// <paramref name="comparedBuilds"/>, instead of those, the portfolio's load in each of these published apps in turn.
    /// </summary>
    public static async Task RunAsync(TimeSpan duration, bool onlyScreen = false, IReadOnlyList<string>? comparedBuilds = null)
    {
        Console.WriteLine();
        Console.WriteLine($"Dashboards: {Cooperations * ProjectsPerCooperation} projects in {Cooperations} cooperations, {ChangingAtOnce} changing at once on SQLite");
        Console.WriteLine($"(targets: change to screen under 1 s, portfolio page built under 200 ms; a page adds at most {DashboardPage.RenderInterval.TotalMilliseconds:F0} ms of coalescing):");
        var folder = Directory.CreateTempSubdirectory("kooperationsraum-bench-");
        try
        {
            var database = Path.Combine(folder.FullName, "bench.db");
            IReadOnlyList<string> cooperationIds;
            List<string> projects;
            using (var host = await BenchSilo.StartAsync(database))
            {
                var grains = host.Services.GetRequiredService<IGrainFactory>();
                var setup = Stopwatch.StartNew();
                cooperationIds = await CreatePortfolioAsync(grains);
                projects = (await Task.WhenAll(cooperationIds.Select(id => grains.GetGrain<ICooperationDashboardGrain>(id).GetAsync(Coordinator, DateOnly.MinValue))))
                    .SelectMany(dashboard => dashboard.Projects).Select(project => project.WorkspaceId).ToList();
                Console.WriteLine($"  set up {projects.Count} projects with {TasksPerProject} tasks each in {setup.Elapsed.TotalSeconds:F1} s");

                if (!onlyScreen)
                {
                    await MeasureChangesAsync(grains, cooperationIds, projects, duration);
                    await MeasureRenderAsync(grains, cooperationIds[0], duration);
                }

                await host.StopAsync();
            }

            // The web app then opens the same file, as after a restart.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Environment.GetEnvironmentVariable(KeepVariable) is { Length: > 0 } keep)
            {
                File.Copy(database, keep, overwrite: true);
                Console.WriteLine($"  the portfolio's database, before the web app first opened it: {keep}");
            }

            if (comparedBuilds is not null)
            {
                await DashboardScreenBenchmark.CompareAsync(database, projects.Count, comparedBuilds, duration);
            }
            else
            {
                await DashboardScreenBenchmark.RunAsync(database, cooperationIds, projects, duration);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task MeasureChangesAsync(IGrainFactory grains, IReadOnlyList<string> cooperationIds, IReadOnlyList<string> projects, TimeSpan duration)
    {
        var clock = new NotificationClock();
        var reference = grains.CreateObjectReference<IDashboardObserver>(clock);
        foreach (var id in cooperationIds)
        {
            await grains.GetGrain<ICooperationDashboardGrain>(id).SubscribeAsync(Coordinator, reference);
        }

        var random = new Random(5);
        var calls = new LatencyHistogram();
        var rounds = 0;
        var elapsed = Stopwatch.StartNew();
        while (elapsed.Elapsed < duration || rounds < 5)
        {
            var changing = projects.OrderBy(_ => random.Next()).Take(ChangingAtOnce).ToList();
            var boards = await Task.WhenAll(changing.Select(id => grains.GetGrain<IWorkspaceGrain>(id).GetAsync(Coordinator)));
            var expected = clock.Arrived + changing.Count;
            await Task.WhenAll(boards.Select(board => MoveOneTaskAsync(grains, board!, random.Next(), clock, calls)));
            var patience = Stopwatch.StartNew();
            while (clock.Arrived < expected && patience.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(1);
            }

            rounds++;
        }

        foreach (var id in cooperationIds)
        {
            await grains.GetGrain<ICooperationDashboardGrain>(id).UnsubscribeAsync(reference);
        }

        grains.DeleteObjectReference(reference);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  change to observer notification: {clock.Latencies.Count} changes in {rounds} rounds, p50 {Ms(clock.Latencies.Percentile(0.5))} / p95 {Ms(clock.Latencies.Percentile(0.95))} / p99 {Ms(clock.Latencies.Percentile(0.99))} / max {Ms(clock.Slowest)} ms"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  the move call itself (workspace write, then push to the dashboard and its write): p50 {Ms(calls.Percentile(0.5))} / p95 {Ms(calls.Percentile(0.95))} ms"));
    }

    private static async Task MoveOneTaskAsync(IGrainFactory grains, WorkspaceSnapshot board, int dice, NotificationClock clock, LatencyHistogram calls)
    {
        var from = board.Columns.Where(column => column.Tasks.Count > 0).ToList();
        var source = from[dice % from.Count];
        var target = board.Columns.Where(column => column.Id != source.Id).ToList()[dice / 7 % (board.Columns.Count - 1)];
        clock.Started(board.Id);
        var started = Stopwatch.GetTimestamp();
        await grains.GetGrain<IWorkspaceGrain>(board.Id).MoveTaskAsync(Coordinator, source.Tasks[0].Id, target.Id, 0);
        calls.Add(started, Stopwatch.GetTimestamp());
    }

    private static async Task MeasureRenderAsync(IGrainFactory grains, string cooperationId, TimeSpan duration)
    {
        await using var renderer = new DashboardPageRenderer(grains, Coordinator);
        foreach (var (name, id) in new[] { ($"portfolio, {Cooperations * ProjectsPerCooperation} projects", (string?)null), ($"one cooperation, {ProjectsPerCooperation} projects", cooperationId) })
        {
            for (var warmUp = 0; warmUp < 3; warmUp++)
            {
                await renderer.RenderAsync(id);
            }

            var timings = new List<TimeSpan>();
            var html = string.Empty;
            var elapsed = Stopwatch.StartNew();
            while (elapsed.Elapsed < duration || timings.Count < 10)
            {
                var started = Stopwatch.GetTimestamp();
                html = await renderer.RenderAsync(id);
                timings.Add(Stopwatch.GetElapsedTime(started));
            }

            timings.Sort();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  page built on the server ({name}): {timings.Count} builds, p50 {Ms(timings[timings.Count / 2])} / p95 {Ms(timings[(int)(timings.Count * 0.95)])} / max {Ms(timings[^1])} ms, {html.Length / 1024} KB of HTML"));
        }
    }

    private static async Task<IReadOnlyList<string>> CreatePortfolioAsync(IGrainFactory grains)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var categories = Enum.GetValues<ProjectCategory>();
        var statuses = Enum.GetValues<ProjectStatus>();
        var cooperationIds = Enumerable.Range(0, Cooperations).Select(index => $"bench-koop-{index}").ToList();
        await Task.WhenAll(cooperationIds.Select(async (cooperationId, index) =>
        {
            await grains.GetGrain<IWorkspaceGrain>(cooperationId).CreateAsync(
                Coordinator, new WorkspaceDetails(WorkspaceKind.Cooperation, $"Kooperation {index + 1}", string.Empty, ["bench-org", $"partner-{index}"]));
            for (var number = 0; number < ProjectsPerCooperation; number++)
            {
                var project = grains.GetGrain<IWorkspaceGrain>($"{cooperationId}-projekt-{number}");
                var board = await project.CreateAsync(Coordinator, new WorkspaceDetails(
                    WorkspaceKind.Project,
                    $"Projekt {index + 1}.{number + 1}",
                    string.Empty,
                    ["bench-org", $"partner-{index}"],
                    StartsOn: today.AddDays(-number * 3),
                    EndsOn: today.AddDays(200 + number),
                    CooperationId: cooperationId,
                    LeadOrganisationId: "bench-org",
                    Category: categories[number % categories.Length],
                    Status: statuses[number % statuses.Length],
                    Milestones: [new Milestone("Konzept", today.AddDays(-10), true), new Milestone("Go-live", today.AddDays(90 + number), false)]));
                await project.AddMemberAsync(Coordinator, $"person-{index}-{number}", "Mitglied", $"partner-{index}", WorkspaceRole.Member);
                for (var task = 0; task < TasksPerProject; task++)
                {
                    var draft = TaskDraft.Titled($"Aufgabe {task + 1}") with { DueDate = today.AddDays(task - 4), AssigneeIds = [$"person-{index}-{number}"] };
                    await project.CreateTaskAsync(Coordinator, board.Columns[task % board.Columns.Count].Id, draft);
                }
            }
        }));
        return cooperationIds;
    }

    private static string Ms(TimeSpan span) => span.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);
}
