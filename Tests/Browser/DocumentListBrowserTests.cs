using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Documents.Hosted;
using Kooperationsraum.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Browser;

/// <summary>The Dokumente tab of a workspace page, in two browsers at once.</summary>
[Collection(WebAppCollection.Name)]
public sealed class DocumentListBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task ADocumentCreatedRenamedAndDeletedInOneBrowserShowsEachStepInTheOther()
    {
        var workspace = await app.CreateWorkspaceAsync("Browser: Dokumente");
        var alice = await OpenDocumentsAsync(workspace.Id, "Dokumente (0)");
        var bob = await OpenDocumentsAsync(workspace.Id, "Dokumente (0)");

        await alice.GetByRole(AriaRole.Button, new() { Name = "Neues Dokument" }).ClickAsync();
        var dialog = alice.Locator(".rz-dialog");
        await dialog.GetByLabel("Titel").FillAsync("Protokoll Lenkungskreis");
        await Screenshot(alice, "document-create-dialog.png");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Anlegen" }).ClickAsync();

        await Expect(bob.GetByRole(AriaRole.Link, new() { Name = "Protokoll Lenkungskreis", Exact = true })).ToBeVisibleAsync();
        await Expect(bob.GetByRole(AriaRole.Tab, new() { Name = "Dokumente (1)" })).ToBeVisibleAsync();
        var listed = (await Grain(workspace.Id).GetAsync(app.Administrator.Actor))!.Documents.Single();
        await Expect(bob.GetByRole(AriaRole.Link, new() { Name = "Protokoll Lenkungskreis", Exact = true }))
            .ToHaveAttributeAsync("href", $"workspaces/{workspace.Id}/documents/{listed.Id}");
        await Expect(bob.GetByRole(AriaRole.Link, new() { Name = "„Protokoll Lenkungskreis“ als HTML herunterladen", Exact = true }))
            .ToHaveAttributeAsync("href", DocumentExportPath(listed.Id, "html"));
        await Screenshot(bob, "documents.png");

        await alice.GetByRole(AriaRole.Button, new() { Name = "„Protokoll Lenkungskreis“ umbenennen" }).ClickAsync();
        await dialog.GetByLabel("Titel").FillAsync("Protokoll 3. März");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        await Expect(bob.GetByRole(AriaRole.Link, new() { Name = "Protokoll 3. März", Exact = true })).ToBeVisibleAsync();
        (await app.Grains.GetGrain<IDocumentGrain>(listed.Id).GetInfoAsync())!.Title.Should().Be("Protokoll 3. März");

        await alice.GetByRole(AriaRole.Button, new() { Name = "„Protokoll 3. März“ löschen" }).ClickAsync();
        await Expect(dialog).ToContainTextAsync("Das Dokument „Protokoll 3. März“ wird mit seinem Text und seinem ganzen Verlauf gelöscht.");
        await Screenshot(alice, "document-delete-confirm.png");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Löschen", Exact = true }).ClickAsync();

        await Expect(bob.GetByText("Noch keine Dokumente.")).ToBeVisibleAsync();
        await Expect(bob.GetByRole(AriaRole.Tab, new() { Name = "Dokumente (0)" })).ToBeVisibleAsync();
        (await Grain(workspace.Id).GetAsync(app.Administrator.Actor))!.Documents.Should().BeEmpty();
        (await Record.ExceptionAsync(app.Grains.GetGrain<IDocumentGrain>(listed.Id).GetInfoAsync)).Should().BeOfType<DocumentRuleException>()
            .Which.Error.Should().Be(DocumentError.DocumentDeleted);
        await alice.Context.CloseAsync();
        await bob.Context.CloseAsync();
    }

    [Fact]
    public async Task CancellingTheDeletionKeepsTheDocument()
    {
        var workspace = await app.CreateWorkspaceAsync("Browser: Nicht löschen");
        await Grain(workspace.Id).CreateDocumentAsync(app.Administrator.Actor, "Bleibt");
        var page = await OpenDocumentsAsync(workspace.Id, "Dokumente (1)");

        await page.GetByRole(AriaRole.Button, new() { Name = "„Bleibt“ löschen" }).ClickAsync();
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Abbrechen" }).ClickAsync();

        await Expect(page.Locator(".rz-dialog")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bleibt", Exact = true })).ToBeVisibleAsync();
        (await Grain(workspace.Id).GetAsync(app.Administrator.Actor))!.Documents.Should().ContainSingle();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheHistoryShowsWhoChangedWhatAndRestoringAnOldVersionMakesItCurrent()
    {
        var workspace = await app.CreateWorkspaceAsync("Browser: Verlauf");
        var listed = await Grain(workspace.Id).CreateDocumentAsync(app.Administrator.Actor, "Konzept");
        var document = app.Grains.GetGrain<IDocumentGrain>(listed.Id);
        var mira = new Actor("mira-berger", "Mira Berger", "th-wildau", false);
        await Grain(workspace.Id).AddMemberAsync(app.Administrator.Actor, mira.PersonId, mira.DisplayName, mira.OrganisationId, WorkspaceRole.Member);
        const string first = "# Konzept\n\nErste **Fassung** <script>alert(1)</script>";
        await document.SubmitAsync(mira, new OperationId("mira", 1), 0, TextOperation.Replace(0, 0, 0, first));
        await document.SubmitAsync(app.Administrator.Actor, new OperationId("betrieb", 1), 1, TextOperation.Replace(first.Length, first.Length, first.Length, "\n\nZweiter Absatz"));
        var page = await OpenDocumentsAsync(workspace.Id, "Dokumente (1)");

        await page.GetByRole(AriaRole.Button, new() { Name = "Verlauf von „Konzept“" }).ClickAsync();
        var dialog = page.Locator(".rz-dialog");
        await Expect(dialog.Locator(".revision-button")).ToHaveCountAsync(2);
        await Expect(dialog.Locator(".revision-button").Nth(0)).ToContainTextAsync("Fassung 2");
        await Expect(dialog.Locator(".revision-button").Nth(0)).ToContainTextAsync(app.Administrator.Actor.DisplayName);
        await Expect(dialog.Locator(".revision-button").Nth(1)).ToContainTextAsync("Mira Berger");
        await Expect(dialog.Locator(".history-text")).ToContainTextAsync("Zweiter Absatz");
        await dialog.Locator(".revision-button", new() { HasText = "Fassung 1" }).ClickAsync();

        await Expect(dialog.Locator(".history-text strong")).ToHaveTextAsync("Fassung");
        await Expect(dialog.Locator(".history-text")).ToContainTextAsync("<script>alert(1)</script>");
        await Expect(dialog.Locator(".history-text")).Not.ToContainTextAsync("Zweiter Absatz");
        await Screenshot(page, "document-history.png");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Diese Fassung wiederherstellen" }).ClickAsync();
        await Expect(page.Locator(".rz-dialog").Last).ToContainTextAsync("Der Text von Fassung 1 wird als neue Änderung wieder zum aktuellen Stand.");
        await Expect(dialog.Locator(".history-text strong")).ToHaveTextAsync("Fassung");
        await Screenshot(page, "document-restore-confirm.png");
        await page.Locator(".rz-dialog").Last.GetByRole(AriaRole.Button, new() { Name = "Fassung wiederherstellen" }).ClickAsync();

        await Expect(dialog.Locator(".revision-button").Nth(0)).ToContainTextAsync("Fassung 3");
        await Expect(dialog.Locator(".revision-button").Nth(0)).ToHaveAttributeAsync("aria-pressed", "true");
        (await document.GetSnapshotAsync(app.Administrator.Actor)).Should().Be(new DocumentSnapshot(first, 3));
        await page.Context.CloseAsync();
    }

    private static string DocumentExportPath(string documentId, string extension) => $"/api/documents/{documentId}/export.{extension}";

    private IWorkspaceGrain Grain(string workspaceId) => app.Grains.GetGrain<IWorkspaceGrain>(workspaceId);

    private async Task<IPage> OpenDocumentsAsync(string workspaceId, string tab)
    {
        var page = await browser.OpenLiveWorkspaceAsync(app.BaseAddress, app.Administrator, workspaceId);
        await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
        return page;
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name), Animations = ScreenshotAnimations.Disabled });
}
