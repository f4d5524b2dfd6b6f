using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class BoardBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task ATaskCreatedAndMovedInOneBrowserAppearsAndMovesInTheOtherWithoutReload()
    {
        var workspace = await app.CreateWorkspaceAsync("Browser: Live-Board");
        var (open, review) = (workspace.Columns[0], workspace.Columns[2]);
        var alice = await browser.OpenLiveWorkspaceAsync(app.BaseAddress, app.Administrator, workspace.Id);
        var bob = await browser.OpenLiveWorkspaceAsync(app.BaseAddress, app.Administrator, workspace.Id);

        await alice.Locator($"#new-task-{open.Id}").FillAsync("Förderantrag vorbereiten");
        await alice.Locator($"#new-task-{open.Id}").PressAsync("Enter");
        await Expect(Card(bob, open.Id, "Förderantrag vorbereiten")).ToBeVisibleAsync();
        await alice.GetByRole(AriaRole.Button, new() { Name = "„Förderantrag vorbereiten“ verschieben" }).ClickAsync();
        await BrowserFixture.ChooseAsync(alice, alice.Locator(".rz-dialog .rz-dropdown"), review.Name);
        await alice.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Verschieben", Exact = true }).ClickAsync();

        await Expect(Card(bob, review.Id, "Förderantrag vorbereiten")).ToBeVisibleAsync();
        await Expect(Card(bob, open.Id, "Förderantrag vorbereiten")).ToHaveCountAsync(0);
        await bob.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "board-second-browser.png"), FullPage = true });
        await alice.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "board-first-browser.png"), FullPage = true });
        await alice.Context.CloseAsync();
        await bob.Context.CloseAsync();
    }

    [Fact]
    public async Task DraggingATaskIntoAnotherColumnMovesItForEveryone()
    {
        var workspace = await app.CreateWorkspaceAsync("Browser: Ziehen");
        var (open, doing) = (workspace.Columns[0], workspace.Columns[1]);
        await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).CreateTaskAsync(app.Administrator.Actor, open.Id, TaskDraft.Titled("Workshop moderieren"));
        var alice = await browser.OpenLiveWorkspaceAsync(app.BaseAddress, app.Administrator, workspace.Id);
        var bob = await browser.OpenLiveWorkspaceAsync(app.BaseAddress, app.Administrator, workspace.Id);

        await Card(alice, open.Id, "Workshop moderieren").DragToAsync(alice.Locator($"[data-column-id='{doing.Id}'] .board-dropzone"));

        await Expect(Card(bob, doing.Id, "Workshop moderieren")).ToBeVisibleAsync();
        var stored = await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).GetAsync(app.Administrator.Actor);
        stored!.Columns[1].Tasks.Should().ContainSingle(t => t.Title == "Workshop moderieren");
        await alice.Context.CloseAsync();
        await bob.Context.CloseAsync();
    }

    [Fact]
    public async Task AMoveIntoAColumnAtItsWipLimitIsRefusedWithTheReason()
    {
        var workspace = await app.CreateWorkspaceAsync("Browser: WIP-Limit");
        var grain = app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id);
        var (open, doing) = (workspace.Columns[0], workspace.Columns[1]);
        await grain.SetColumnWipLimitAsync(app.Administrator.Actor, doing.Id, 1);
        await grain.CreateTaskAsync(app.Administrator.Actor, doing.Id, TaskDraft.Titled("Läuft schon"));
        await grain.CreateTaskAsync(app.Administrator.Actor, open.Id, TaskDraft.Titled("Muss warten"));
        var page = await browser.OpenLiveWorkspaceAsync(app.BaseAddress, app.Administrator, workspace.Id);

        await page.GetByRole(AriaRole.Button, new() { Name = "„Muss warten“ verschieben" }).ClickAsync();
        await BrowserFixture.ChooseAsync(page, page.Locator(".rz-dialog .rz-dropdown"), doing.Name);
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Verschieben", Exact = true }).ClickAsync();

        await Expect(page.Locator(".rz-dialog [role=alert]")).ToContainTextAsync("WIP-Limit von 1");
        var stored = await grain.GetAsync(app.Administrator.Actor);
        stored!.Columns[0].Tasks.Should().ContainSingle(t => t.Title == "Muss warten");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnUnknownWorkspaceShowsAClearNotFoundPage()
    {
        var page = await browser.NewSignedInPageAsync(app.BaseAddress, app.Administrator);

        await page.GotoAsync("workspaces/gibt-es-nicht");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Arbeitsraum nicht gefunden" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SwitchingToEnglishTranslatesTheBoard()
    {
        var workspace = await app.CreateWorkspaceAsync("Browser: Sprache");
        var page = await browser.OpenLiveWorkspaceAsync(app.BaseAddress, app.Administrator, workspace.Id);

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Activity" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.Context.CloseAsync();
    }

    private static ILocator Card(IPage page, string columnId, string title) =>
        page.Locator($"[data-column-id='{columnId}'] .task-card", new() { HasText = title });
}
