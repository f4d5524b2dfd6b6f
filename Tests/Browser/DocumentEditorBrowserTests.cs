using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Tests.Documents.Hosted;
using Kooperationsraum.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class DocumentEditorBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    // The document as CodeMirror holds it, line by line, without the other editors' name labels.
    private const string EditorText =
        """
        () => Array.from(document.querySelectorAll('.cm-content .cm-line')).map(line => {
          const copy = line.cloneNode(true);
          copy.querySelectorAll('.cm-remote-caret').forEach(caret => caret.remove());
          return copy.textContent;
        }).join('\n')
        """;

    [Fact]
    public async Task TwoPeopleTypingIntoOneDocumentAtOnceEndWithTheSameSavedText()
    {
        var (workspaceId, documentId) = await CreateDocumentAsync("Protokoll Lenkungskreis", "# Protokoll\n\nTagesordnung:\n");
        var alice = await OpenEditorAsync(workspaceId, documentId);
        var bob = await OpenEditorAsync(workspaceId, documentId);
        await alice.Locator(".cm-content").ClickAsync();
        await alice.Keyboard.PressAsync("Control+End");
        await bob.Locator(".cm-content").ClickAsync();
        await bob.Keyboard.PressAsync("Control+Home");

        await Task.WhenAll(
            alice.Keyboard.TypeAsync("1. Haushalt 2027 und Förderquote", new() { Delay = 15 }),
            bob.Keyboard.TypeAsync("Entwurf von Bob. ", new() { Delay = 15 }));

        await Expect(SaveState(alice)).ToHaveTextAsync("Gespeichert");
        await Expect(SaveState(bob)).ToHaveTextAsync("Gespeichert");
        var expected = "Entwurf von Bob. # Protokoll\n\nTagesordnung:\n1. Haushalt 2027 und Förderquote";
        await WaitForTextAsync(alice, expected);
        await WaitForTextAsync(bob, expected);
        (await Document(documentId).GetSnapshotAsync(app.Administrator.Actor)).Text.Should().Be(expected);
        await bob.ReloadAsync();
        await Expect(SaveState(bob)).ToHaveTextAsync("Gespeichert");
        (await bob.EvaluateAsync<string>(EditorText)).Should().Be(expected);
        await Expect(bob.Locator(".document-preview li")).ToHaveTextAsync("Haushalt 2027 und Förderquote");
        await alice.Context.CloseAsync();
        await bob.Context.CloseAsync();
    }

    [Fact]
    public async Task ABurstOfKeystrokesFromElsewhereArrivingWhileSomeoneTypesLeavesEveryCharacterInPlace()
    {
        var (workspaceId, documentId) = await CreateDocumentAsync("Beschlussvorlage", "Beschluss: ");
        var page = await OpenEditorAsync(workspaceId, documentId);
        await page.Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        var document = Document(documentId);
        var before = await document.GetSnapshotAsync(app.Administrator.Actor);
        const string Burst = "Stadt und Hochschule teilen die Kosten. ";
        var clientId = Guid.NewGuid().ToString("N");
        var keystrokes = Burst
            .Select((character, index) => new UnconfirmedOperation(
                new OperationId(clientId, index + 1),
                TextOperation.Replace(before.Text.Length + index, index, index, character.ToString())))
            .ToList();

        var typing = page.Keyboard.TypeAsync("Zugestimmt.", new() { Delay = 20 });
        await document.SubmitAsync(app.Administrator.Actor, before.Version, keystrokes);
        await typing;

        await Expect(SaveState(page)).ToHaveTextAsync("Gespeichert");
        var expected = Burst + "Beschluss: Zugestimmt.";
        await WaitForTextAsync(page, expected);
        (await document.GetSnapshotAsync(app.Administrator.Actor)).Text.Should().Be(expected);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AScriptTypedIntoTheDocumentShowsAsTextInTheRenderedViewAndNeverRuns()
    {
        var (workspaceId, documentId) = await CreateDocumentAsync("Sicherheit", string.Empty);
        var page = await OpenEditorAsync(workspaceId, documentId);
        await page.Locator(".cm-content").ClickAsync();

        await page.Keyboard.TypeAsync("Achtung <script>window.injected = 1</script> <img src=x onerror=\"window.injected = 2\">");

        await Expect(page.Locator(".document-preview")).ToContainTextAsync("<script>window.injected = 1");
        await Expect(page.Locator(".document-preview")).ToContainTextAsync("<img src=x onerror=");
        await Expect(SaveState(page)).ToHaveTextAsync("Gespeichert");
        (await page.Locator(".document-preview script, .document-preview img").CountAsync()).Should().Be(0);
        (await page.EvaluateAsync<bool>("() => window.injected === undefined")).Should().BeTrue();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EveryoneSeesWhoElseIsInTheDocumentAndWhereTheirCursorIs()
    {
        var (workspaceId, documentId) = await CreateDocumentAsync(
            "Konzept Bürgerportal",
            "# Konzept Bürgerportal\n\nZiel ist ein **gemeinsames** Portal der drei Städte.\n\n## Bausteine\n\n- Terminbuchung\n- Online-Anträge (OZG)\n- Schnittstelle zum Fachverfahren\n\n> Abstimmung mit dem Datenschutz bis Ende März.\n");
        var alice = await OpenEditorAsync(workspaceId, documentId);
        var bob = await OpenEditorAsync(workspaceId, documentId);
        var organisation = await AdministratorOrganisationNameAsync();

        await alice.Locator(".cm-line", new() { HasText = "Terminbuchung" }).ClickAsync();
        await alice.Keyboard.PressAsync("End");
        await alice.Keyboard.TypeAsync(" und Erinnerung");
        await alice.Keyboard.PressAsync("Shift+Home");
        await bob.Locator(".cm-line", new() { HasText = "Ziel ist" }).ClickAsync();

        await Expect(bob.Locator(".presence-peer")).ToHaveCountAsync(1);
        await Expect(bob.Locator(".presence-peer")).ToContainTextAsync(app.Administrator.Actor.DisplayName);
        await Expect(bob.Locator(".presence-peer")).ToContainTextAsync(organisation);
        await Expect(bob.Locator(".cm-remote-caret")).ToHaveCountAsync(1);
        await Expect(bob.Locator(".cm-remote-selection")).ToContainTextAsync("Terminbuchung und Erinnerung");
        await Expect(alice.Locator(".cm-remote-caret")).ToHaveCountAsync(1);
        await Expect(alice.Locator(".cm-remote-caret").Locator("..")).ToContainTextAsync("Ziel ist");
        await Expect(SaveState(alice)).ToHaveTextAsync("Gespeichert");
        await alice.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "editor-two-people-wide.png") });
        await bob.SetViewportSizeAsync(720, 1100);
        await bob.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "editor-two-people-narrow.png"), FullPage = true });

        await alice.Context.CloseAsync();

        await Expect(bob.Locator(".presence-peer")).ToHaveCountAsync(0);
        await Expect(bob.Locator(".cm-remote-caret")).ToHaveCountAsync(0);
        await bob.Context.CloseAsync();
    }

    [Fact]
    public async Task EditsMadeWhileTheConnectionIsAwayAreKeptAndSentWhenItReturns()
    {
        var (workspaceId, documentId) = await CreateDocumentAsync("Funkloch", "Start\n");
        var page = await browser.NewSignedInPageAsync(app.BaseAddress, app.Administrator);
        var offline = false;
        var sockets = new List<IWebSocketRoute>();
        await page.RouteAsync("**/hubs/documents**", route => offline ? route.AbortAsync() : route.ContinueAsync());
        await page.RouteWebSocketAsync("**/hubs/documents**", socket =>
        {
            if (offline)
            {
                _ = socket.CloseAsync();
                return;
            }

            socket.ConnectToServer();
            lock (sockets)
            {
                sockets.Add(socket);
            }
        });
        await page.GotoAsync($"workspaces/{workspaceId}/documents/{documentId}");
        await Expect(SaveState(page)).ToHaveTextAsync("Gespeichert");
        await page.Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+End");

        offline = true;
        foreach (var socket in sockets)
        {
            await socket.CloseAsync();
        }

        await Expect(page.Locator(".connection-notice")).ToBeVisibleAsync();
        await Expect(page.Locator(".connection-notice")).ToContainTextAsync("gesendet, sobald die Verbindung wieder besteht");
        await Expect(SaveState(page)).ToHaveTextAsync("Nicht verbunden");
        await page.Keyboard.TypeAsync("Im Funkloch geschrieben.");
        (await Document(documentId).GetSnapshotAsync(app.Administrator.Actor)).Text.Should().Be("Start\n");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "editor-offline.png") });
        offline = false;

        await Expect(SaveState(page)).ToHaveTextAsync("Gespeichert", new() { Timeout = 30_000 });
        await Expect(page.Locator(".connection-notice")).ToBeHiddenAsync();
        (await Document(documentId).GetSnapshotAsync(app.Administrator.Actor)).Text.Should().Be("Start\nIm Funkloch geschrieben.");
        (await page.EvaluateAsync<string>(EditorText)).Should().Be("Start\nIm Funkloch geschrieben.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnUnknownDocumentShowsAClearNotFoundPage()
    {
        var workspace = await app.CreateWorkspaceAsync("Browser: kein Dokument");
        var page = await browser.NewSignedInPageAsync(app.BaseAddress, app.Administrator);

        await page.GotoAsync($"workspaces/{workspace.Id}/documents/gibt-es-nicht");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dokument nicht gefunden" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static ILocator SaveState(IPage page) => page.Locator(".save-state");

    private static async Task WaitForTextAsync(IPage page, string expected)
    {
        var text = string.Empty;
        for (var attempt = 0; attempt < 150; attempt++)
        {
            text = await page.EvaluateAsync<string>(EditorText);
            if (text == expected)
            {
                return;
            }

            await Task.Delay(100);
        }

        text.Should().Be(expected);
    }

    private async Task<IPage> OpenEditorAsync(string workspaceId, string documentId)
    {
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"workspaces/{workspaceId}/documents/{documentId}");
        await Expect(SaveState(page)).ToHaveTextAsync("Gespeichert");
        return page;
    }

    private async Task<string> AdministratorOrganisationNameAsync()
    {
        var organisations = await app.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey).GetOrganisationsAsync();
        return organisations.Single(o => o.Id == app.Administrator.Actor.OrganisationId).Name;
    }

    private IDocumentGrain Document(string documentId) => app.Grains.GetGrain<IDocumentGrain>(documentId);

    private async Task<(string WorkspaceId, string DocumentId)> CreateDocumentAsync(string title, string text)
    {
        var workspace = await app.CreateWorkspaceAsync($"Dokumente: {title}");
        var documentId = Guid.NewGuid().ToString("N");
        await Document(documentId).CreateAsync(app.Administrator.Actor, workspace.Id, title);
        if (text.Length > 0)
        {
            await Document(documentId).SubmitAsync(app.Administrator.Actor, new OperationId("seed", 1), 0, TextOperation.Replace(0, 0, 0, text));
        }

        return (workspace.Id, documentId);
    }
}
