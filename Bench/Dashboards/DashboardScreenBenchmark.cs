using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kooperationsraum.Bench.Hubs;
using Microsoft.Playwright;

namespace Kooperationsraum.Bench.Dashboards;

/// <summary>
/// The dashboards end to end, as a coordinator sees them: the web app as its own process on the portfolio's SQLite file,
/// headless Chromium signed in as its administrator. Measured: how fast the portfolio and one cooperation's dashboard
/// render when loaded, and, while both are open, the time from the start of each change (50 people each moving a task
/// through the workspace hub at the same moment) until the page's DOM shows the project's new column counts, and until
/// that frame is painted. Browser and benchmark read the same wall clock; the probe in the page is
/// <see cref="ScreenProbe"/>.
/// </summary>
public static class DashboardScreenBenchmark
{
    /// <summary>Names a folder to write a Chromium performance trace of one load of each page to.</summary>
    public const string TraceVariable = "KOOPERATIONSRAUM_BENCH_TRACE";

    // Playwright's own headless browser: Chromium without the full browser's window and tab strip. In the full browser's
    // headless mode these are drawn as well, in software, and in a traced portfolio load its browser process worked
    // 128 ms against the shell's 55 ms, on the two cores the page and the server share; a person's browser draws them on
    // the graphics processor. The full browser is measured once beside it, for comparison.
    private const string HeadlessShell = "/usr/bin/chromium-headless-shell";
    private const string FullBrowser = "/usr/bin/chromium";

    private const int WarmUpLoads = 2;
    private const int MinimumLoads = 10;
    private const int WarmUpRounds = 1;
    private const int MinimumRounds = 10;

    // A person reads a page before opening it again; the page is by then idle.
    private static readonly TimeSpan LookingAtThePage = TimeSpan.FromSeconds(1);

    // A burst of changes, then a pause as between people's actions, so that one round's renders do not run into the next.
    private static readonly TimeSpan PauseBetweenRounds = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Measures on the portfolio in <paramref name="databasePath"/>, whose host must be stopped.</summary>
    public static async Task RunAsync(string databasePath, IReadOnlyList<string> cooperationIds, IReadOnlyList<string> projects, TimeSpan duration)
    {
        Console.WriteLine();
        Console.WriteLine($"Dashboards end to end: web app as its own process, {Browser} signed in as its administrator");
        Console.WriteLine("(targets: the portfolio of 200 projects renders in under 200 ms; a change reaches the screen in under 1 s):");
        using var server = await WebServerProcess.StartAsync(databasePath);
        await using var mover = await HubTaskMover.OpenAsync(server.Address, server.Cookies, DashboardBenchmark.ChangingAtOnce, projects);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright, Browser);

        var cooperation = cooperationIds[0];
        await MeasureLoadsAsync(browser, server, "portfolio", $"portfolio, {projects.Count} projects", projects.Count, duration, readToTheTimeline: false);
        if (Browser == HeadlessShell && File.Exists(FullBrowser))
        {
            await using var fullBrowser = await LaunchAsync(playwright, FullBrowser);
            await MeasureLoadsAsync(fullBrowser, server, "portfolio", $"portfolio, {projects.Count} projects, in the full browser ({FullBrowser}) for comparison", projects.Count, duration, readToTheTimeline: false);
        }

        await MeasureLoadsAsync(browser, server, "portfolio", $"portfolio read down to its timeline before, {projects.Count} projects", projects.Count, duration, readToTheTimeline: true);
        await MeasureNavigationsAsync(browser, server, projects.Count, duration);
        await MeasureLoadsAsync(browser, server, $"cooperations/{cooperation}/dashboard", $"one cooperation, {DashboardBenchmark.ProjectsPerCooperation} projects", DashboardBenchmark.ProjectsPerCooperation, duration, readToTheTimeline: false);
        await MeasureChangesAsync(browser, server, mover, cooperation, projects, duration);

        var complaints = server.Complaints;
        Console.WriteLine($"  the server logged {complaints.Count} warnings or errors{(complaints.Count > 0 ? ": " + string.Join(" | ", complaints.Take(3)) + $" (the whole log: {server.LogPath})" : string.Empty)}");
    }

    /// <summary>
    /// Loads the portfolio in each of the apps published to <paramref name="builds"/> in turn, each app on its own copy of
    /// <paramref name="databasePath"/> and in its own Chromium, so that two versions meet the same moments of a shared
    /// machine: between two runs of the same code the figures move by more than most changes do.
    /// </summary>
    public static async Task CompareAsync(string databasePath, int rows, IReadOnlyList<string> builds, TimeSpan duration)
    {
        Console.WriteLine();
        Console.WriteLine($"The portfolio's load in {builds.Count} published apps in turn, a second after the previous load went live, in {Browser}:");
        using var playwright = await Playwright.CreateAsync();
        var servers = new List<WebServerProcess>();
        var browsers = new List<IBrowser>();
        try
        {
            var pages = new List<IPage>();
            foreach (var (build, index) in builds.Select((build, index) => (build, index)))
            {
                var copy = $"{databasePath}.{index}";
                File.Copy(databasePath, copy);
                servers.Add(await WebServerProcess.StartAsync(copy, Path.GetFullPath(build)));
                browsers.Add(await LaunchAsync(playwright, Browser));
                pages.Add(await (await NewContextAsync(browsers[^1], servers[^1])).NewPageAsync());
            }

            var loads = builds.Select(_ => new List<PageLoad>()).ToList();
            var elapsed = Stopwatch.StartNew();
            for (var round = 0; round < WarmUpLoads || elapsed.Elapsed < duration || loads[0].Count < MinimumLoads; round++)
            {
                if (round == WarmUpLoads)
                {
                    elapsed.Restart();
                }

                // Each round in the other order, so that neither app always follows the other's load.
                foreach (var index in round % 2 == 0 ? Enumerable.Range(0, builds.Count) : Enumerable.Range(0, builds.Count).Reverse())
                {
                    await Task.Delay(LookingAtThePage);
                    await pages[index].GotoAsync("portfolio");
                    await ScreenProbe.WaitUntilLiveAsync(pages[index], rows, Patience);
                    if (round >= WarmUpLoads)
                    {
                        loads[index].Add(await ScreenProbe.LoadAsync(pages[index]));
                    }
                }
            }

            foreach (var (build, index) in builds.Select((build, index) => (build, index)))
            {
                Console.WriteLine($"  {build}, {loads[index].Count} loads after {WarmUpLoads} to warm up, from navigation start ({Uptime()}):");
                Console.WriteLine($"    table with all {rows} rows: in the DOM {Of(loads[index], load => load.TableAt(rows))}; painted {Of(loads[index], load => load.TablePaintedAt(rows))}");
                Console.WriteLine($"    first contentful paint {Of(loads[index], load => load.FirstContentfulPaint)}; live {Of(loads[index], load => load.LiveAt)}");
                Console.WriteLine($"    the server logged {servers[index].Complaints.Count} warnings or errors");
            }
        }
        finally
        {
            foreach (var browser in browsers)
            {
                await browser.DisposeAsync();
            }

            foreach (var server in servers)
            {
                server.Dispose();
            }
        }
    }

    // The charts and the timeline below the table are drawn when the person scrolls towards them, so the page left behind
    // holds them only when the person read that far: with readToTheTimeline, each visit first scrolls down to the timeline.
    private static async Task MeasureLoadsAsync(IBrowser browser, WebServerProcess server, string path, string name, int rows, TimeSpan duration, bool readToTheTimeline)
    {
        var context = await NewContextAsync(browser, server);
        var page = await context.NewPageAsync();
        var loads = await RepeatAsync(page, duration, async () =>
        {
            if (readToTheTimeline && page.Url.EndsWith(path, StringComparison.Ordinal))
            {
                await page.Locator("#dashboard-timeline").ScrollIntoViewIfNeededAsync();
                await page.Locator("section[aria-labelledby=dashboard-timeline] .rz-gantt").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = (float)Patience.TotalMilliseconds });
            }

            // From the previous load's live page, as when the person opens the page again by its address: navigation start
            // includes unloading that page, and its circuit ends on the server while the new page is asked for.
            await Task.Delay(LookingAtThePage);
            await page.GotoAsync(path);
            await ScreenProbe.WaitUntilLiveAsync(page, rows, Patience);
        });

        // On request, one more load recorded as a Chromium performance trace (open it in the browser's performance panel).
        if (Environment.GetEnvironmentVariable(TraceVariable) is { Length: > 0 } traceFolder)
        {
            var trace = Path.Combine(traceFolder, $"{name.Split(',')[0].Replace(' ', '-')}.json");
            await TraceAsync(page, trace, async () =>
            {
                await page.GotoAsync(path);
                await ScreenProbe.WaitUntilLiveAsync(page, rows, Patience);
            });
            Console.WriteLine($"  a trace of one more load: {trace}");
        }

        var html = await page.EvaluateAsync<string>("async path => await (await fetch(path)).text()", path);
        var state = Regex.Match(html, "<!--Blazor-Server-Component-State:([^-]*)-->").Groups[1].Value;

        // Leaving the page ends its circuit at once (the framework's script tells the server), as closing a tab does.
        await page.GotoAsync("about:blank");
        await context.CloseAsync();

        Console.WriteLine($"  {name}, {loads.Count} loads after {WarmUpLoads} to warm up, from navigation start ({Uptime()}):");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    the page's HTML {Encoding.UTF8.GetByteCount(html) / 1024.0:F0} KB, of which {state.Length / 1024.0:F1} KB is the state handed to the circuit"));
        Console.WriteLine($"    request sent {Of(loads, load => load.RequestStart)}; server's first byte {Of(loads, load => load.ResponseStart)}; whole answer {Of(loads, load => load.ResponseEnd)}");
        Console.WriteLine($"    table with all {rows} rows shown (prerendered): in the DOM {Of(loads, load => load.TableAt(rows))}; painted {Of(loads, load => load.TablePaintedAt(rows))}");
        Console.WriteLine($"    first contentful paint {Of(loads, load => load.FirstContentfulPaint)}; DOM content loaded {Of(loads, load => load.DomContentLoaded)}");
        Console.WriteLine($"    circuit up {Of(loads, load => load.CircuitAt)}; live {Of(loads, load => load.LiveAt)}; table complete for good {Of(loads, load => load.StableAt(rows))}");
        Console.WriteLine($"    table lost rows after it was shown in {loads.Count(load => load.Flickered(rows))} of {loads.Count} loads");
    }

    // Within the product a person reaches the portfolio through its link in the navigation: the circuit of the page they are
    // on renders it, without loading a page. Measured from the click on the link.
    private static async Task MeasureNavigationsAsync(IBrowser browser, WebServerProcess server, int rows, TimeSpan duration)
    {
        var context = await NewContextAsync(browser, server);
        var page = await context.NewPageAsync();
        var navigations = await RepeatAsync(page, duration, async () =>
        {
            await page.GotoAsync(string.Empty);
            await page.Locator("[data-circuit=ready]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = (float)Patience.TotalMilliseconds });
            await Task.Delay(LookingAtThePage);
            await page.ClickAsync("a[href='portfolio']");
            await ScreenProbe.WaitUntilPaintedAsync(page, rows, Patience);
        });

        await page.GotoAsync("about:blank");
        await context.CloseAsync();

        Console.WriteLine($"  portfolio reached through the navigation from the overview, {navigations.Count} times after {WarmUpLoads} to warm up, from the click ({Uptime()}):");
        Console.WriteLine($"    table with all {rows} rows shown: in the DOM {Of(navigations, each => each.TableAt(rows) - each.ClickedAt)}; painted {Of(navigations, each => each.TablePaintedAt(rows) - each.ClickedAt)}");
    }

    // Visits the page the first few times to warm up, then for the duration and at least the minimum number of times,
    // and returns what the probe saw of each measured visit.
    private static async Task<List<PageLoad>> RepeatAsync(IPage page, TimeSpan duration, Func<Task> visit)
    {
        var loads = new List<PageLoad>();
        var elapsed = Stopwatch.StartNew();
        for (var number = 0; number < WarmUpLoads || elapsed.Elapsed < duration || loads.Count < MinimumLoads; number++)
        {
            if (number == WarmUpLoads)
            {
                elapsed.Restart();
            }

            await visit();
            if (number >= WarmUpLoads)
            {
                loads.Add(await ScreenProbe.LoadAsync(page));
            }
        }

        return loads;
    }

    // Chromium's tracing through the DevTools protocol, its events collected as they come and written as the trace format.
    private static async Task TraceAsync(IPage page, string path, Func<Task> action)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        var events = new List<JsonElement>();
        var complete = new TaskCompletionSource();
        session.Event("Tracing.dataCollected").OnEvent += (_, data) =>
        {
            if (data is { } value)
            {
                lock (events)
                {
                    events.AddRange(value.GetProperty("value").EnumerateArray().Select(each => each.Clone()));
                }
            }
        };
        session.Event("Tracing.tracingComplete").OnEvent += (_, _) => complete.TrySetResult();
        await session.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["transferMode"] = "ReportEvents",
            ["traceConfig"] = new Dictionary<string, object>
            {
                ["includedCategories"] = new[] { "devtools.timeline", "disabled-by-default-devtools.timeline", "loading", "blink.user_timing", "v8.execute", "toplevel" },
            },
        });
        await action();
        await session.SendAsync("Tracing.end");
        await complete.Task.WaitAsync(Patience);
        lock (events)
        {
            File.WriteAllText(path, JsonSerializer.Serialize(new { traceEvents = events }));
        }

        await session.DetachAsync();
    }

    private static async Task MeasureChangesAsync(
        IBrowser browser, WebServerProcess server, HubTaskMover mover, string cooperation, IReadOnlyList<string> projects, TimeSpan duration)
    {
        var portfolio = await OpenLiveAsync(browser, server, "portfolio", projects.Count);
        var dashboard = await OpenLiveAsync(browser, server, $"cooperations/{cooperation}/dashboard", DashboardBenchmark.ProjectsPerCooperation);
        var clockDisagreement = 0.0;
        for (var check = 0; check < 20; check++)
        {
            clockDisagreement = Math.Max(clockDisagreement, await ScreenProbe.ClockDisagreementAsync(portfolio.Page));
        }

        var inCooperation = projects.Where(id => id.StartsWith(cooperation + "-", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var random = new Random(5);
        var acknowledged = new Milliseconds();
        var latencies = new[] { new Milliseconds(), new Milliseconds(), new Milliseconds(), new Milliseconds() };
        var missing = 0;
        var rounds = 0;
        var load = Uptime();
        var cpuBefore = server.CpuTime;
        var bytesBefore = portfolio.Received();
        var elapsed = Stopwatch.StartNew();
        for (var round = 0; round < WarmUpRounds || elapsed.Elapsed < duration || rounds < MinimumRounds; round++)
        {
            if (round == WarmUpRounds)
            {
                load = Uptime();
                cpuBefore = server.CpuTime;
                bytesBefore = portfolio.Received();
                elapsed.Restart();
            }

            var moves = projects.OrderBy(_ => random.Next()).Take(DashboardBenchmark.ChangingAtOnce).Select(id => mover.Plan(id, random)).ToList();
            await ScreenProbe.ExpectAsync(portfolio.Page, [.. moves.Select(move => move.Row)]);
            await ScreenProbe.ExpectAsync(dashboard.Page, [.. moves.Where(move => inCooperation.Contains(move.WorkspaceId)).Select(move => move.Row)]);

            var moved = await mover.MoveAsync(moves);
            await ScreenProbe.WhenShownAsync(portfolio.Page, Patience);
            await ScreenProbe.WhenShownAsync(dashboard.Page, Patience);
            var shown = new[] { await ScreenProbe.TakeAsync(portfolio.Page), await ScreenProbe.TakeAsync(dashboard.Page) };
            if (round >= WarmUpRounds)
            {
                rounds++;
                var startedAt = moved.ToDictionary(each => each.Move.WorkspaceId, each => each.StartedAt, StringComparer.Ordinal);
                foreach (var (_, _, after) in moved)
                {
                    acknowledged.Add(after);
                }

                for (var page = 0; page < shown.Length; page++)
                {
                    missing += shown[page].Missing.Count;
                    foreach (var row in shown[page].Shown)
                    {
                        latencies[page * 2].Add(row.ShownAt - startedAt[row.Id]);
                        if (row.PaintedAt is { } painted)
                        {
                            latencies[(page * 2) + 1].Add(painted - startedAt[row.Id]);
                        }
                    }
                }
            }

            await Task.Delay(PauseBetweenRounds);
        }

        var busy = elapsed.Elapsed - (PauseBetweenRounds * rounds);
        var cpu = server.CpuTime - cpuBefore;
        var bytes = portfolio.Received() - bytesBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rounds} rounds of {DashboardBenchmark.ChangingAtOnce} changes at once, both pages open ({load}; page and benchmark clocks agree within {clockDisagreement:F0} ms):"));
        Console.WriteLine($"    change acknowledged by the hub (workspace written, summary pushed): {acknowledged}");
        Console.WriteLine($"    change to screen, portfolio ({latencies[0].Count} changes): in the DOM {latencies[0]}; painted {latencies[1]}");
        Console.WriteLine($"    change to screen, one cooperation ({latencies[2].Count} changes): in the DOM {latencies[2]}; painted {latencies[3]}");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"    not shown within {Patience.TotalSeconds:F0} s: {missing}; the portfolio's circuit brought {bytes / 1024.0 / rounds:F0} KB per round; server CPU {cpu.TotalMilliseconds / busy.TotalMilliseconds * 100:F0} % of a core while changes ran"));
        await portfolio.Page.GotoAsync("about:blank");
        await dashboard.Page.GotoAsync("about:blank");
        await portfolio.Page.Context.CloseAsync();
        await dashboard.Page.Context.CloseAsync();
    }

    private static async Task<(IPage Page, Func<long> Received)> OpenLiveAsync(IBrowser browser, WebServerProcess server, string path, int rows)
    {
        var context = await NewContextAsync(browser, server);
        var page = await context.NewPageAsync();
        long received = 0;
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
            Interlocked.Add(ref received, frame.Binary?.Length ?? Encoding.UTF8.GetByteCount(frame.Text ?? string.Empty));
        await page.GotoAsync(path);
        await ScreenProbe.WaitUntilLiveAsync(page, rows, Patience);
        return (page, () => Interlocked.Read(ref received));
    }

    /// <summary>Playwright's own headless browser when it is installed, otherwise the full browser.</summary>
    internal static string Browser => File.Exists(HeadlessShell) ? HeadlessShell : FullBrowser;

    /// <summary>Starts headless Chromium as every browser measurement here runs it.</summary>
    internal static Task<IBrowser> LaunchAsync(IPlaywright playwright, string executablePath) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = executablePath,
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });

    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser, WebServerProcess server)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Address.ToString(),
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        await server.SignInAsync(context);
        await ScreenProbe.InstallAsync(context);
        return context;
    }

    private static string Of(IReadOnlyList<PageLoad> loads, Func<PageLoad, double?> figure)
    {
        var values = new Milliseconds();
        foreach (var value in loads.Select(figure).OfType<double>())
        {
            values.Add(value);
        }

        return values.Count == 0 ? "not seen" : values.ToString();
    }

    private static string Uptime() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load average unknown";
}
