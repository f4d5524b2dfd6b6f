using System.Text.Json;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Documents.Hosted;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Tests.Silo;
using Kooperationsraum.Web.Exports;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Security;

/// <summary>
/// "Hostile input": every payload of the corpus (<c>xss-payloads.txt</c>) goes into every field people write in,
/// and every page that shows them is rendered in Chromium. Nothing may run, no dialog may open, nothing may reach
/// the Content-Security-Policy (which would mean markup got through and only the policy stopped it), and the DOM must
/// hold no script, event handler, frame or script link that the product did not put there itself.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class HostileInputBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    /// <summary>Everything in the page that could run script and that the product never renders itself.</summary>
    private const string ActiveContent =
        """
        () => {
          const found = [];
          const scriptUrl = /^\s*(javascript|vbscript|data):/i;
          for (const element of document.querySelectorAll('*')) {
            for (const attribute of element.attributes) {
              if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
              if (/^(href|src|action|formaction|data|xlink:href|srcdoc|background|poster)$/i.test(attribute.name) && scriptUrl.test(attribute.value))
                found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
            }
          }
          for (const script of document.querySelectorAll('script')) {
            const own = script.type === 'importmap' || (script.src && new URL(script.src).origin === location.origin);
            if (!own) found.push(`SCRIPT ${script.src || script.textContent.slice(0, 80)}`);
          }
          for (const element of document.querySelectorAll('iframe, frame, object, embed, applet, body meta, body base, svg script, math'))
            found.push(`${element.tagName} ${element.outerHTML.slice(0, 80)}`);
          for (const link of document.querySelectorAll('a[href], area[href]'))
            if (!['http:', 'https:', 'mailto:'].includes(new URL(link.href, location.href).protocol)) found.push(`A ${link.getAttribute('href')}`);
          for (const image of document.querySelectorAll('img[src]'))
            if (new URL(image.src, location.href).origin !== location.origin) found.push(`IMG ${image.getAttribute('src')}`);
          return found;
        }
        """;

    [Fact]
    public async Task HostileWorkspaceTitlesAndGoalsShowAsTextAndNothingRuns()
    {
        var titled = new List<WorkspaceSnapshot>();
        foreach (var payload in HostilePayloads.SingleLine)
        {
            titled.Add(await CreateWorkspaceAsync(payload, goals: string.Empty));
        }

        var withGoals = await CreateWorkspaceAsync("Feindlich: Ziele", HostilePayloads.AsOneText);

        var (page, probe) = await OpenAsync("");
        foreach (var workspace in titled)
        {
            await Expect(page.Locator(".card-title a", new() { HasText = workspace.Details.Title }).First).ToBeAttachedAsync();
        }

        await AssertInertAsync(page, probe, "overview");

        await GoToAsync(page, $"workspaces/{titled[0].Id}");
        await Expect(page.Locator("h1")).ToHaveTextAsync(titled[0].Details.Title);
        await AssertInertAsync(page, probe, "workspace titled with a payload");

        await GoToAsync(page, $"workspaces/{withGoals.Id}");
        await Expect(page.Locator(".workspace-goals")).ToContainTextAsync(HostilePayloads.All[0]);
        await AssertInertAsync(page, probe, "workspace goals");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task HostileTaskTitlesDescriptionsAndCommentsShowAsTextAndNothingRuns()
    {
        var workspace = await CreateWorkspaceAsync("Feindlich: Aufgaben", goals: string.Empty);
        var grain = app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id);
        var column = workspace.Columns[0].Id;
        foreach (var payload in HostilePayloads.SingleLine)
        {
            await grain.CreateTaskAsync(app.Administrator.Actor, column, TaskDraft.Titled(payload) with { Description = payload, Labels = [payload[..Math.Min(payload.Length, 40)]] });
        }

        var all = await grain.CreateTaskAsync(app.Administrator.Actor, workspace.Columns[1].Id, TaskDraft.Titled("Alle Angriffe") with { Description = HostilePayloads.AsOneText });
        foreach (var payload in HostilePayloads.All)
        {
            await grain.AddCommentAsync(app.Administrator.Actor, all.Id, payload);
        }

        var (page, probe) = await OpenAsync($"workspaces/{workspace.Id}");
        await Expect(page.Locator(".live-indicator.on")).ToBeVisibleAsync();
        var titles = await page.Locator(".task-card .task-title").AllTextContentsAsync();
        titles.Should().Contain(HostilePayloads.SingleLine.Select(payload => payload.Trim()));
        await AssertInertAsync(page, probe, "board");

        var cards = page.Locator(".task-card .task-title");
        for (var i = 0; i < await cards.CountAsync(); i++)
        {
            await cards.Nth(i).ClickAsync();
            var dialog = page.Locator(".rz-dialog");
            await Expect(dialog.Locator(".markdown")).ToBeVisibleAsync();
            await AssertInertAsync(page, probe, $"task dialog of {titles[i]}");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Schließen", Exact = true }).ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Alle Angriffe", Exact = true }).ClickAsync();
        await Expect(page.Locator(".rz-dialog .comment")).ToHaveCountAsync(HostilePayloads.All.Count);
        await Expect(page.Locator(".rz-dialog .comment").First).ToContainTextAsync(HostilePayloads.All[0]);
        await AssertInertAsync(page, probe, "task dialog with every payload and comment");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task HostileDocumentTitlesAndTextShowAsTextInTheEditorPreviewAndExportAndNothingRuns()
    {
        var workspace = await CreateWorkspaceAsync("Feindlich: Dokumente", goals: string.Empty);
        var grain = app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id);
        var titled = new List<WorkspaceDocument>();
        foreach (var payload in HostilePayloads.SingleLine)
        {
            var document = await grain.CreateDocumentAsync(app.Administrator.Actor, payload);
            await WriteAsync(document.Id, payload);
            titled.Add(document);
        }

        var all = await grain.CreateDocumentAsync(app.Administrator.Actor, HostilePayloads.All[0]);
        await WriteAsync(all.Id, HostilePayloads.AsOneText);

        var (page, probe) = await OpenAsync($"workspaces/{workspace.Id}");
        await page.GetByRole(AriaRole.Tab, new() { Name = $"Dokumente ({titled.Count + 1})" }).ClickAsync();
        await Expect(page.Locator(".document-link")).ToHaveCountAsync(titled.Count + 1);
        await AssertInertAsync(page, probe, "document list");

        await GoToAsync(page, $"workspaces/{workspace.Id}/documents/{all.Id}");
        await Expect(page.Locator(".save-state")).ToHaveTextAsync("Gespeichert");
        await Expect(page.Locator(".document-preview")).ToContainTextAsync(HostilePayloads.All[0]);
        await Expect(page.Locator("h1")).ToContainTextAsync(HostilePayloads.All[0]);
        await AssertInertAsync(page, probe, "document editor and preview");

        // A blank page of no origin: the product's own policy must not stand in for the export's markup.
        await page.GotoAsync("about:blank");
        foreach (var document in titled.Append(all))
        {
            var export = await page.Context.APIRequest.GetAsync(DocumentExportEndpoints.HtmlPath(document.Id));
            export.Status.Should().Be(200);
            // Without the page's own policy, as a copy edited or opened by a lax viewer would be: the markup alone must be inert.
            var html = (await export.TextAsync()).Replace(
                $"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlExportPage.ContentSecurityPolicy}\">", string.Empty, StringComparison.Ordinal);
            html.Should().NotContain("Content-Security-Policy");
            await page.SetContentAsync(html);
            await AssertInertAsync(page, probe, $"HTML export of {document.Title}");
        }

        await page.Context.CloseAsync();
    }

    /// <summary>Opens a page watched for running script; the one place these tests open pages.</summary>
    private Task<(IPage Page, ScriptProbe Probe)> OpenAsync(string path) => ScriptProbe.OpenAsync(browser, app.BaseAddress, app.Administrator, path);

    private static async Task GoToAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await BrowserFixture.WaitForCircuitAsync(page);
    }

    private static async Task AssertInertAsync(IPage page, ScriptProbe probe, string where)
    {
        // A probe call proves the watch is listening, so that "nothing ran" cannot pass by deafness.
        await page.EvaluateAsync($"() => window.{ScriptProbe.ProbeFunction}('probe')");
        await Eventually.TrueAsync(() => Task.FromResult(probe.Ran.Contains("probe")));

        probe.Ran.Should().Equal(new[] { "probe" }, $"no payload may run on the {where}");
        probe.Dialogs.Should().BeEmpty($"no payload may open a dialog on the {where}");
        probe.Violations.Should().BeEmpty($"no payload may even reach the Content-Security-Policy on the {where}");
        var active = await page.EvaluateAsync<JsonElement>(ActiveContent);
        active.EnumerateArray().Select(item => item.GetString()).Should().BeEmpty($"the {where} must hold no active content from a payload");
        probe.Clear();
    }

    private async Task<WorkspaceSnapshot> CreateWorkspaceAsync(string title, string goals)
    {
        var details = new WorkspaceDetails(WorkspaceKind.Cooperation, title, goals, [app.Administrator.Actor.OrganisationId]);
        return await app.Grains.GetGrain<IWorkspaceGrain>(Guid.NewGuid().ToString("N")).CreateAsync(app.Administrator.Actor, details);
    }

    private Task WriteAsync(string documentId, string text) =>
        app.Grains.GetGrain<IDocumentGrain>(documentId).SubmitAsync(app.Administrator.Actor, new OperationId("feindlich", 1), 0, TextOperation.Replace(0, 0, 0, text));
}
