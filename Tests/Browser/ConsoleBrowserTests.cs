using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Browser;

/// <summary>
/// A page that writes warnings to the console hides the one that matters among them; every page of the product opens
/// with a clean console, its charts and timeline drawn.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ConsoleBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task NoPageWritesAWarningOrAnErrorToTheConsole()
    {
        var cooperation = await app.CreateWorkspaceAsync("Konsole: Kooperation");
        var project = await app.CreateProjectAsync(cooperation, "Konsole: Projekt");
        var board = app.Grains.GetGrain<IWorkspaceGrain>(project.Id);
        await board.CreateTaskAsync(app.Administrator.Actor, project.Columns[0].Id, TaskDraft.Titled("Anforderungen sammeln"));
        var document = await board.CreateDocumentAsync(app.Administrator.Actor, "Konsole: Konzept");
        var signIn = await browser.OpenAnonymousPageAsync(app.BaseAddress);
        var anonymous = ConsoleWatch.Attach(signIn);
        var page = await browser.NewSignedInPageAsync(app.BaseAddress, app.Administrator);
        var signedIn = ConsoleWatch.Attach(page);

        await signIn.GotoAsync("login");
        await Expect(signIn.Locator("#login-email")).ToBeVisibleAsync();
        await OpenAsync(page, "");
        await OpenAsync(page, $"cooperations/{cooperation.Id}");
        await OpenDashboardAsync(page, $"cooperations/{cooperation.Id}/dashboard");
        await OpenDashboardAsync(page, "portfolio");
        await OpenAsync(page, $"workspaces/{project.Id}");
        await Expect(page.Locator(".live-indicator.on")).ToBeVisibleAsync();
        await OpenAsync(page, $"workspaces/{project.Id}/documents/{document.Id}");
        await Expect(page.Locator(".save-state")).ToHaveTextAsync("Gespeichert");
        await OpenAsync(page, "directory");
        await OpenAsync(page, "admin/accounts");
        await page.GotoAsync("account/password");
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(500);

        anonymous.Messages.Should().BeEmpty();
        signedIn.Messages.Should().BeEmpty();
        await signIn.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await BrowserFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
    }

    // The charts and the timeline are drawn only near the screen, so the page is read down to them.
    private static async Task OpenDashboardAsync(IPage page, string path)
    {
        await OpenAsync(page, path);
        await Expect(page.Locator(".live-indicator.on")).ToBeVisibleAsync();
        await page.Locator("#dashboard-timeline").ScrollIntoViewIfNeededAsync();
        await Expect(page.Locator("section[aria-labelledby=dashboard-timeline] .rz-gantt")).ToBeVisibleAsync();
        await Expect(page.Locator(".rz-chart").First).ToBeVisibleAsync();
    }
}
