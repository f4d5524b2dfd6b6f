using Kooperationsraum.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Browser;

/// <summary>How pages look at the usual window width (1440 pixels): nothing cut off, one header colour throughout.</summary>
[Collection(WebAppCollection.Name)]
public sealed class LayoutBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task TheAccountsGridShowsEveryColumnAndCellUncut()
    {
        await app.CreatePersonaAsync("Maximiliane Langname-Beispielfrau");
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, "admin/accounts");
        var grid = page.Locator("section[aria-labelledby=accounts-heading] .rz-data-grid");
        await Expect(grid.Locator("td", new() { HasText = "Maximiliane Langname-Beispielfrau" })).ToBeVisibleAsync();

        var cut = await grid.EvaluateAsync<string[]>("""
            grid => [...grid.querySelectorAll('th .rz-column-title-content, td .rz-cell-data')]
                .filter(element => element.scrollWidth > element.clientWidth + 1)
                .map(element => element.textContent.trim())
            """);
        var overflow = await grid.EvaluateAsync<bool>("grid => { const table = grid.querySelector('table'); return table.scrollWidth > grid.clientWidth + 1; }");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-accounts-1440.png"), FullPage = true });

        cut.Should().BeEmpty("every heading and cell of the accounts grid fits its column");
        overflow.Should().BeFalse("the grid fits its column of the page without scrolling sideways");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheSignInPagesHeaderHasTheColoursOfTheProductsHeader()
    {
        var signIn = await browser.OpenAnonymousPageAsync(app.BaseAddress);
        await signIn.GotoAsync("login");
        var product = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, "");

        var signInColours = await ColoursAsync(signIn.Locator(".account-header"));
        var productColours = await ColoursAsync(product.Locator(".rz-header"));
        await signIn.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "login-1440.png") });
        await product.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "overview-1440.png") });

        signInColours.Should().Equal(productColours);
        await signIn.Context.CloseAsync();
        await product.Context.CloseAsync();
    }

    private static Task<string[]> ColoursAsync(ILocator header) =>
        header.EvaluateAsync<string[]>("header => { const style = getComputedStyle(header); return [style.backgroundColor, style.color]; }");
}
