using System.Text.Json;
using Kooperationsraum.Bench.Hubs;
using Microsoft.Playwright;

namespace Kooperationsraum.Bench.Dashboards;

/// <summary>
/// The benchmark's eyes in the browser: <c>ScreenProbe.js</c>, installed into every page of a browser context before the
/// page's own scripts, notes when rows appear and change. Values cross to the page and back as JSON text, so that
/// nothing depends on how Playwright maps objects.
/// </summary>
public static class ScreenProbe
{
    private static readonly string Script = ReadScript();

    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(Script);

    /// <summary>From now on, the page watches for each project's row to show its expected counts.</summary>
    public static Task ExpectAsync(IPage page, IReadOnlyList<ExpectedRow> rows) =>
        page.EvaluateAsync(
            "changes => window.__dashboardProbe.expect(JSON.parse(changes))",
            JsonSerializer.Serialize(rows, HubProtocolClient.JsonOptions));

    /// <summary>Whether every expected row was shown within <paramref name="timeout"/>.</summary>
    public static Task<bool> WhenShownAsync(IPage page, TimeSpan timeout) =>
        page.EvaluateAsync<bool>("timeout => window.__dashboardProbe.whenShown(timeout)", timeout.TotalMilliseconds);

    /// <summary>The rows shown since the last call, once the frame after them was painted.</summary>
    public static async Task<ShownRows> TakeAsync(IPage page) =>
        Deserialize<ShownRows>(await page.EvaluateAsync<string>("async () => JSON.stringify(await window.__dashboardProbe.take())"));

    /// <summary>How the page's current document loaded.</summary>
    public static async Task<PageLoad> LoadAsync(IPage page) =>
        Deserialize<PageLoad>(await page.EvaluateAsync<string>("() => JSON.stringify(window.__dashboardProbe.load())"));

    /// <summary>Waits until the page is live and its table holds <paramref name="projects"/> rows.</summary>
    public static async Task WaitUntilLiveAsync(IPage page, int projects, TimeSpan timeout)
    {
        if (!await page.EvaluateAsync<bool>("([projects, timeout]) => window.__dashboardProbe.whenLive(projects, timeout)", new object[] { projects, timeout.TotalMilliseconds }))
        {
            var screenshot = Path.Combine(Path.GetTempPath(), $"dashboard-bench-{Guid.NewGuid():N}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
            var load = await page.EvaluateAsync<string>("() => JSON.stringify(window.__dashboardProbe.load())");
            throw new TimeoutException($"{page.Url} was not live with {projects} rows within {timeout.TotalSeconds:F0} s; the probe saw {load}; screenshot {screenshot}");
        }
    }

    /// <summary>Waits until the frame that shows <paramref name="projects"/> rows in the page's table was painted.</summary>
    public static async Task WaitUntilPaintedAsync(IPage page, int projects, TimeSpan timeout)
    {
        if (!await page.EvaluateAsync<bool>("([projects, timeout]) => window.__dashboardProbe.whenPainted(projects, timeout)", new object[] { projects, timeout.TotalMilliseconds }))
        {
            throw new TimeoutException($"{page.Url} did not paint {projects} rows within {timeout.TotalSeconds:F0} s.");
        }
    }

    /// <summary>Milliseconds since the Unix epoch on the machine's wall clock, as the page's <c>Date.now()</c> reads it.</summary>
    public static double WallClockNow() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;

    /// <summary>
    /// How far the page's clock lies outside the interval in which the benchmark asked for it, in milliseconds (0 when
    /// inside, up to the 1 ms the page's clock is rounded to): the two read one wall clock, which this checks.
    /// </summary>
    public static async Task<double> ClockDisagreementAsync(IPage page)
    {
        var before = WallClockNow();
        var pageNow = await page.EvaluateAsync<double>("() => Date.now()");
        var after = WallClockNow();
        return pageNow < Math.Floor(before) ? Math.Floor(before) - pageNow : pageNow > after ? pageNow - after : 0;
    }

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, HubProtocolClient.JsonOptions) ?? throw new InvalidOperationException("The page's probe answered nothing.");

    private static string ReadScript()
    {
        using var stream = typeof(ScreenProbe).Assembly.GetManifestResourceStream("ScreenProbe.js")
            ?? throw new InvalidOperationException("ScreenProbe.js is not embedded in the benchmark.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
