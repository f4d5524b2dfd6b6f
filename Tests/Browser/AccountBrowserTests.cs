using Kooperationsraum.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Browser;

/// <summary>The sign-in page and the administrators' accounts page, in Chromium.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AccountBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task SigningInThroughTheSignInPageShowsThePersonsNameAndSigningOutReturnsThere()
    {
        var persona = await app.CreatePersonaAsync("Agnes Browser");
        var page = await browser.OpenAnonymousPageAsync(app.BaseAddress);
        await page.GotoAsync("");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        await Screenshot(page, "login.png");
        var violations = await Accessibility.ViolationsAsync(page);

        await BrowserFixture.SignInThroughFormAsync(page, persona);
        await BrowserFixture.WaitForCircuitAsync(page);
        await Expect(page.Locator(".account-name")).ToHaveTextAsync("Agnes Browser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();

        violations.Should().BeEmpty();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login$"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnAdministratorInvitesAPersonWhoSetsTheirPasswordThroughTheLink()
    {
        var admin = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, "admin/accounts");
        var email = $"{Guid.NewGuid():N}"[..10] + "@kooperationsraum.example";
        await admin.Locator("input[name=NewAccountName]").FillAsync("Bettina Eingeladen");
        await admin.Locator("input[name=NewAccountEmail]").FillAsync(email);
        await BrowserFixture.ChooseAsync(admin, admin.Locator("#new-account-heading + form .rz-dropdown").First, KooperationsraumAppFactory.AdministratorOrganisation);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Person mit Konto anlegen" }).ClickAsync();
        await Screenshot(admin, "admin-accounts-created.png");
        await Expect(admin.Locator("#invitation-link")).ToBeVisibleAsync();
        await Expect(admin.Locator(".rz-data-grid td", new() { HasText = "Bettina Eingeladen" })).ToBeVisibleAsync();
        var link = await admin.Locator("#invitation-link").InputValueAsync();
        var violations = await Accessibility.ViolationsAsync(admin);
        await Screenshot(admin, "admin-accounts.png");

        var invitee = await browser.OpenAnonymousPageAsync(app.BaseAddress);
        await invitee.GotoAsync(link);
        await Screenshot(invitee, "invitation.png");
        await invitee.Locator("#invitation-password").FillAsync("Eigener Weg nach Nürnberg 8");
        await invitee.Locator("#invitation-confirm").FillAsync("Eigener Weg nach Nürnberg 8");
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Passwort festlegen und anmelden" }).ClickAsync();
        await BrowserFixture.WaitForCircuitAsync(invitee);

        violations.Should().BeEmpty();
        await Expect(invitee.Locator(".account-name")).ToHaveTextAsync("Bettina Eingeladen");
        await admin.Context.CloseAsync();
        await invitee.Context.CloseAsync();
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name), Animations = ScreenshotAnimations.Disabled, FullPage = true });
}
