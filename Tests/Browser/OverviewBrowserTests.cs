using Kooperationsraum.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class OverviewBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task ACooperationAndAProjectCreatedThroughTheDialogsOpenWithTheDefaultBoard()
    {
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, "");

        await page.GetByRole(AriaRole.Button, new() { Name = "Neue Kooperation" }).ClickAsync();
        await page.Locator(".rz-dialog").GetByLabel("Titel").FillAsync("Städteallianz OZG Nord");
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Anlegen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Städteallianz OZG Nord" })).ToBeVisibleAsync();
        await page.GotoAsync("");
        await BrowserFixture.WaitForCircuitAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Neues Digitalprojekt" }).ClickAsync();
        var dialog = page.Locator(".rz-dialog");
        await dialog.GetByLabel("Titel").FillAsync("Gemeinsame Schnittstelle Meldewesen");
        await dialog.Locator(".rz-dropdown").First.ClickAsync();
        await page.Locator(".rz-popup .rz-dropdown-item", new() { HasText = "Städteallianz OZG Nord" }).ClickAsync();
        await Expect(dialog.Locator(".rz-dropdown").First).ToContainTextAsync("Städteallianz OZG Nord");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Anlegen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gemeinsame Schnittstelle Meldewesen" })).ToBeVisibleAsync();
        await Expect(page.Locator(".board-column h2")).ToHaveTextAsync(["Offen", "In Arbeit", "In Prüfung", "Erledigt"]);
        await page.GotoAsync("");
        await Expect(page.Locator(".cooperation-card", new() { HasText = "Städteallianz OZG Nord" }))
            .ToContainTextAsync("Gemeinsame Schnittstelle Meldewesen");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "overview.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnInvalidEmailInTheDirectoryIsRefusedWithAMessage()
    {
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, "directory");
        var form = page.Locator(".directory-form", new() { HasText = "Person hinzufügen" });

        await form.GetByLabel("Name").FillAsync("Jana Kraus");
        await form.GetByLabel("E-Mail").FillAsync("keine-adresse");
        await form.Locator(".rz-dropdown").ClickAsync();
        await page.Locator(".rz-popup .rz-dropdown-item").First.ClickAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Person hinzufügen" }).ClickAsync();

        await Expect(page.Locator(".rz-notification")).ToContainTextAsync("Email");
        await Expect(page.Locator(".rz-data-row", new() { HasText = "Jana Kraus" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
