using System.Text.Json;
using Kooperationsraum.Bench.Dashboards;
using Kooperationsraum.Bench.Hubs;
using Microsoft.Playwright;

namespace Kooperationsraum.Bench.Documents;

/// <summary>
/// What bursts of other people's keystrokes cost the browser editor of someone who reads along: the web app runs as
/// its own process, a document is open in headless Chromium, and an editor over the hub sends keystrokes in messages of
/// <see cref="KeystrokesPerMessage"/>, as the broadcast brings them when many people type at once. Chromium's own
/// counters (DevTools' <c>Performance.getMetrics</c>) give the main thread's work until the page shows every keystroke.
/// </summary>
public static class EditorBurstBenchmark
{
    private const int KeystrokesPerMessage = 100;
    private const int Messages = 20;
    private const int Rounds = 5;

    private static readonly TimeSpan ShownTimeout = TimeSpan.FromSeconds(60);

    public static async Task RunAsync()
    {
        Console.WriteLine();
        Console.WriteLine($"Browser editor reading along: {Messages} messages of {KeystrokesPerMessage} keystrokes each from another editor, {Rounds} rounds:");
        var folder = Directory.CreateTempSubdirectory("kooperationsraum-editorbench-");
        try
        {
            var database = Path.Combine(folder.FullName, "editorbench.db");
            var (workspaceId, documentIds) = await HubBenchmark.CreateDocumentsAsync(database, 1);
            using var server = await WebServerProcess.StartAsync(database);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await DashboardScreenBenchmark.LaunchAsync(playwright, DashboardScreenBenchmark.Browser);
            await using var typist = await HubEditor.OpenAsync(server.Address, server.Cookies, documentIds[0], "editor-burst");
            for (var round = 1; round <= Rounds; round++)
            {
                Console.WriteLine($"  round {round}: {await MeasureRoundAsync(browser, server, typist, $"workspaces/{workspaceId}/documents/{documentIds[0]}", round)}");
            }

            Console.WriteLine($"  the server logged {server.Complaints.Count} warnings or errors");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> MeasureRoundAsync(IBrowser browser, WebServerProcess server, HubEditor typist, string path, int round)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Address.ToString(),
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        await server.SignInAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.Locator(".save-state").Filter(new() { HasText = "Gespeichert" }).WaitForAsync();
        var devTools = await context.NewCDPSessionAsync(page);
        await devTools.SendAsync("Performance.enable");
        await typist.ReceiveAsync();
        var before = await MetricsAsync(devTools);

        // Each message types one line at the top of the document, so that the page shows every keystroke once its first
        // line is the last message's, whole (CodeMirror draws only the lines near the screen).
        var line = string.Empty;
        for (var message = 1; message <= Messages; message++)
        {
            line = $"Runde {round}, Nachricht {message:00}: ".PadRight(KeystrokesPerMessage - 1, 'x');
            for (var keystroke = 0; keystroke < KeystrokesPerMessage; keystroke++)
            {
                typist.Type(keystroke, keystroke < line.Length ? line[keystroke].ToString() : "\n");
            }

            await typist.SendAsync();
        }

        await page.WaitForFunctionAsync(
            "line => document.querySelector('.cm-content .cm-line')?.textContent === line",
            line,
            new() { Timeout = (float)ShownTimeout.TotalMilliseconds, PollingInterval = 100 });
        await typist.ReceiveAsync();
        var after = await MetricsAsync(devTools);
        await context.CloseAsync();

        string Spent(string counter) => $"{(after[counter] - before[counter]) * 1000:F0} ms";
        return $"main thread busy {Spent("TaskDuration")} (script {Spent("ScriptDuration")}, style {Spent("RecalcStyleDuration")}, layout {Spent("LayoutDuration")}) "
            + $"for {Messages * KeystrokesPerMessage:N0} keystrokes, document of {typist.Text.Length:N0} characters";
    }

    private static async Task<Dictionary<string, double>> MetricsAsync(ICDPSession devTools)
    {
        var metrics = await devTools.SendAsync("Performance.getMetrics");
        return metrics!.Value.GetProperty("metrics").EnumerateArray()
            .ToDictionary(metric => metric.GetProperty("name").GetString()!, metric => metric.GetProperty("value").GetDouble());
    }
}
