using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>
/// Watches a browser context for script that should never run and for what the Content-Security-Policy refused:
/// calls of <c>window.__xss(n)</c> (what every hostile payload would call), dialogs (<c>alert</c>), and
/// <c>securitypolicyviolation</c> events and CSP errors on the console, across navigations and frames.
/// </summary>
public sealed class ScriptProbe
{
    public const string ProbeFunction = "__xss";

    private const string ReportFunction = "__reportCspViolation";

    private readonly ConcurrentQueue<string> ran = new();
    private readonly ConcurrentQueue<string> dialogs = new();
    private readonly ConcurrentQueue<string> violations = new();

    private ScriptProbe()
    {
    }

    /// <summary>Markers passed to <c>window.__xss</c>, in call order.</summary>
    public IReadOnlyCollection<string> Ran => ran;

    /// <summary>Messages of the dialogs pages opened.</summary>
    public IReadOnlyCollection<string> Dialogs => dialogs;

    /// <summary>What the Content-Security-Policy refused, with the page it happened on.</summary>
    public IReadOnlyCollection<string> Violations => violations;

    /// <summary>
    /// Opens <paramref name="path"/> in a fresh browser context of <paramref name="persona"/>, watched by a new probe,
    /// and waits for the Blazor circuit. The one place the security tests open pages.
    /// </summary>
    public static async Task<(IPage Page, ScriptProbe Probe)> OpenAsync(BrowserFixture browser, Uri baseAddress, Persona persona, string path)
    {
        var page = await browser.NewSignedInPageAsync(baseAddress, persona);
        var probe = await AttachAsync(page);
        await page.GotoAsync(path);
        try
        {
            await BrowserFixture.WaitForCircuitAsync(page);
        }
        catch (TimeoutException stuck)
        {
            // Injected markup (a base element, a refresh) can keep Blazor from starting; say what else happened.
            throw new TimeoutException($"{path} never became interactive. {probe.Summary()}", stuck);
        }

        return (page, probe);
    }

    /// <summary>Watches <paramref name="page"/>'s context from its next navigation on.</summary>
    public static async Task<ScriptProbe> AttachAsync(IPage page)
    {
        var probe = new ScriptProbe();
        await page.Context.ExposeFunctionAsync(ProbeFunction, (JsonElement marker) => probe.ran.Enqueue(marker.ToString()));
        await page.Context.ExposeFunctionAsync(ReportFunction, (string report) => probe.violations.Enqueue(report));
        await page.Context.AddInitScriptAsync(
            $$"""
            document.addEventListener('securitypolicyviolation', e =>
              window.{{ReportFunction}}(`${e.violatedDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} on ${location.pathname}`));
            """);
        probe.Watch(page);
        page.Context.Page += (_, opened) => probe.Watch(opened);
        return probe;
    }

    /// <summary>Forgets what was seen so far, so that the next page is judged on its own.</summary>
    public void Clear()
    {
        ran.Clear();
        dialogs.Clear();
        violations.Clear();
    }

    /// <summary>What was seen so far, for a failure message.</summary>
    public string Summary() =>
        $"Ran: [{string.Join(", ", ran)}]; dialogs: [{string.Join(", ", dialogs)}]; refused by the policy: [{string.Join(" | ", violations)}]";

    private void Watch(IPage page)
    {
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Enqueue($"console: {message.Text}");
            }
        };
    }
}
