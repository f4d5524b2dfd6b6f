using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class TaskDialogBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task AnEditSavedInTheTaskDialogShowsInTheOtherBrowserAndSurvivesAReload()
    {
        var workspace = await app.CreateWorkspaceAsync("Browser: Aufgabendialog");
        var grain = app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id);
        await grain.CreateTaskAsync(app.Administrator.Actor, workspace.Columns[1].Id, TaskDraft.Titled("Entwurf schreiben") with
        {
            Description = "Erste Fassung für den **Lenkungskreis**.",
            Labels = ["Bericht"],
            Checklist = [new ChecklistItem("Gliederung", true), new ChecklistItem("Zahlen prüfen", false)],
        });
        var alice = await browser.OpenLiveWorkspaceAsync(app.BaseAddress, app.Administrator, workspace.Id);
        var bob = await browser.OpenLiveWorkspaceAsync(app.BaseAddress, app.Administrator, workspace.Id);

        await alice.GetByRole(AriaRole.Button, new() { Name = "Entwurf schreiben", Exact = true }).ClickAsync();
        var dialog = alice.Locator(".rz-dialog");
        await dialog.GetByLabel("Titel").FillAsync("Entwurf des Jahresberichts schreiben");
        await dialog.GetByLabel("Schlagworte").FillAsync("Bericht, Lenkungskreis");
        await alice.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "task-dialog.png") });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        await Expect(bob.Locator(".task-card", new() { HasText = "Entwurf des Jahresberichts schreiben" })).ToBeVisibleAsync();
        await Expect(bob.Locator(".task-card .task-label", new() { HasText = "Lenkungskreis" })).ToBeVisibleAsync();
        await bob.ReloadAsync();
        await Expect(bob.Locator(".task-card", new() { HasText = "Entwurf des Jahresberichts schreiben" })).ToBeVisibleAsync();
        await alice.Context.CloseAsync();
        await bob.Context.CloseAsync();
    }

    [Fact]
    public async Task SavingOverSomeoneElsesNewerEditIsRefusedAndOffersTheLatestVersion()
    {
        var workspace = await app.CreateWorkspaceAsync("Browser: Gleichzeitig bearbeiten");
        var grain = app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id);
        var task = await grain.CreateTaskAsync(app.Administrator.Actor, workspace.Columns[0].Id, TaskDraft.Titled("Zeitplan abstimmen"));
        var page = await browser.OpenLiveWorkspaceAsync(app.BaseAddress, app.Administrator, workspace.Id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zeitplan abstimmen", Exact = true }).ClickAsync();
        var dialog = page.Locator(".rz-dialog");
        await dialog.GetByLabel("Titel").FillAsync("Zeitplan mit der Hochschule abstimmen");

        await grain.UpdateTaskAsync(app.Administrator.Actor, task.Id, task.Revision, TaskDraft.Titled("Zeitplan bis Freitag abstimmen"));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        await Expect(dialog.Locator("[role=alert]")).ToContainTextAsync("inzwischen von jemand anderem geändert");
        var stored = await grain.GetAsync(app.Administrator.Actor);
        stored!.Columns[0].Tasks.Single().Title.Should().Be("Zeitplan bis Freitag abstimmen");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Neuesten Stand laden" }).ClickAsync();
        await Expect(dialog.GetByLabel("Titel")).ToHaveValueAsync("Zeitplan bis Freitag abstimmen");
        await page.Context.CloseAsync();
    }
}
