using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Tests.Silo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Security;

/// <summary>
/// The Content-Security-Policy is strict; these tests use every kind of page under it in Chromium and watch for
/// anything it refused, because a refused script or style breaks a page quietly.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task EveryPageWorksUnderThePolicyAndNothingIsRefused()
    {
        var workspace = await app.CreateWorkspaceAsync("Sicherheit: Richtlinie");
        var grain = app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id);
        await grain.CreateTaskAsync(app.Administrator.Actor, workspace.Columns[0].Id, TaskDraft.Titled("Datenschutz prüfen") with
        {
            Description = "Mit dem **Datenschutzbeauftragten** und [der Vorlage](https://example.org/vorlage).",
        });
        var document = await grain.CreateDocumentAsync(app.Administrator.Actor, "Sicherheitskonzept");

        var (page, probe) = await ScriptProbe.OpenAsync(browser, app.BaseAddress, app.Administrator, "");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sicherheit: Richtlinie" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Sicherheit: Richtlinie" }).ClickAsync();
        await Expect(page.Locator(".live-indicator.on")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Datenschutz prüfen", Exact = true }).ClickAsync();
        var dialog = page.Locator(".rz-dialog");
        await Expect(dialog.Locator(".markdown strong")).ToHaveTextAsync("Datenschutzbeauftragten");
        await dialog.GetByLabel("Neuer Kommentar").FillAsync("Termin steht.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Kommentieren" }).ClickAsync();
        await Expect(dialog.Locator(".comment")).ToContainTextAsync("Termin steht.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "csp-task-dialog.png") });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Schließen", Exact = true }).ClickAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Dokumente (1)" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sicherheitskonzept", Exact = true }).ClickAsync();
        await Expect(page.Locator(".save-state")).ToHaveTextAsync("Gespeichert");
        await page.Locator(".cm-content").ClickAsync();
        await page.Keyboard.TypeAsync("# Schutzbedarf");
        await Expect(page.Locator(".save-state")).ToHaveTextAsync("Gespeichert");
        await Expect(page.Locator(".document-preview h4")).ToHaveTextAsync("Schutzbedarf");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "csp-document-editor.png") });

        await page.GotoAsync("directory");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();

        probe.Violations.Should().BeEmpty();
        probe.Ran.Should().BeEmpty();
        (await app.Grains.GetGrain<IDocumentGrain>(document.Id).GetSnapshotAsync(app.Administrator.Actor)).Text.Should().Be("# Schutzbedarf");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnInlineScriptSlippedIntoAPageIsRefusedAndReported()
    {
        var (page, probe) = await ScriptProbe.OpenAsync(browser, app.BaseAddress, app.Administrator, "");

        await page.EvaluateAsync(
            $"() => {{ const s = document.createElement('script'); s.textContent = '{ScriptProbe.ProbeFunction}(\"inline\")'; document.body.append(s); }}");
        await page.EvaluateAsync(
            $"() => {{ const i = document.createElement('img'); i.setAttribute('onerror', '{ScriptProbe.ProbeFunction}(\"handler\")'); i.src = 'fehlt.png'; document.body.append(i); }}");

        await Eventually.TrueAsync(() => Task.FromResult(probe.Violations.Count(v => v.Contains("script-src", StringComparison.Ordinal)) >= 2));
        probe.Ran.Should().BeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheReconnectNoticesReloadLinkReloadsThePageWithoutAnInlineHandler()
    {
        var workspace = await app.CreateWorkspaceAsync("Sicherheit: Neu laden");
        var (page, probe) = await ScriptProbe.OpenAsync(browser, app.BaseAddress, app.Administrator, $"workspaces/{workspace.Id}");
        await page.EvaluateAsync("() => { window.beforeReload = true; document.getElementById('components-reconnect-modal').classList.add('components-reconnect-failed'); }");

        await page.RunAndWaitForRequestAsync(() => page.Locator(".reconnect-failed a").ClickAsync(), request => request.IsNavigationRequest);
        await BrowserFixture.WaitForCircuitAsync(page);

        (await page.EvaluateAsync<bool>("() => window.beforeReload === undefined")).Should().BeTrue();
        page.Url.Should().EndWith($"workspaces/{workspace.Id}");
        probe.Violations.Should().BeEmpty();
        await page.Context.CloseAsync();
    }
}
