using Kooperationsraum.Grains.Interfaces.Accounts;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.PersonalData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Browser;

/// <summary>The download of one's own data from the account page, and an administrator deleting a person, in Chromium.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PersonalDataBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task TheAccountPageLinksToTheDownloadOfOnesOwnData()
    {
        var persona = await app.CreatePersonaAsync("Doris Download");
        var page = await browser.NewSignedInPageAsync(app.BaseAddress, persona);

        await page.GotoAsync("account/password");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Meine Daten herunterladen (JSON)" });

        await Expect(link).ToHaveAttributeAsync("href", PersonalDataEndpoints.Path);
        await Screenshot(page, "account-my-data-link.png");
        (await Accessibility.ViolationsAsync(page)).Should().BeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnAdministratorDeletesAPersonAfterConfirmingAndTheirAccountLeavesTheList()
    {
        var persona = await app.CreatePersonaAsync("Lena Löschbar");
        var admin = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, "admin/accounts");
        var row = admin.Locator(".rz-data-grid td", new() { HasText = "Lena Löschbar" });
        await Expect(row).ToBeVisibleAsync();

        await admin.GetByRole(AriaRole.Button, new() { Name = "Person löschen: Lena Löschbar" }).ClickAsync();
        var dialog = admin.Locator(".rz-dialog");
        await Expect(dialog).ToContainTextAsync("Lena Löschbar wird gelöscht");
        await Screenshot(admin, "admin-delete-person.png");
        var violations = await Accessibility.ViolationsAsync(admin);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Person löschen" }).ClickAsync();

        await Expect(row).ToHaveCountAsync(0);
        violations.Should().BeEmpty();
        (await app.Grains.GetGrain<IAccountGrain>(persona.Actor.PersonId).GetAsync()).Should().BeNull();
        await admin.Context.CloseAsync();
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name), Animations = ScreenshotAnimations.Disabled, FullPage = true });
}
