using Microsoft.Playwright;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, started once per collection. Playwright never downloads a browser
/// here; the test command installs Chromium from the distribution.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        // Shared CI machines can be slow; live updates arrive in milliseconds, so a generous ceiling costs nothing.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh, isolated browser context, like a second person at another computer.</summary>
    public async Task<IPage> OpenPageAsync(Uri baseAddress, string locale = "de-DE")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Opens a page and waits until the Blazor circuit is up.</summary>
    public async Task<IPage> OpenInteractiveAsync(Uri baseAddress, string path)
    {
        var page = await OpenPageAsync(baseAddress);
        await page.GotoAsync(path);
        await WaitForCircuitAsync(page);
        return page;
    }

    /// <summary>Opens a workspace page and waits until it follows the workspace live.</summary>
    public async Task<IPage> OpenLiveWorkspaceAsync(Uri baseAddress, string workspaceId)
    {
        var page = await OpenInteractiveAsync(baseAddress, $"workspaces/{workspaceId}");
        await Assertions.Expect(page.Locator(".live-indicator.on")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Picks an option of a Radzen drop-down, which renders its options in a popup outside the field.</summary>
    public static async Task ChooseAsync(IPage page, ILocator dropDown, string option)
    {
        await dropDown.ClickAsync();
        await page.Locator(".rz-popup .rz-dropdown-item", new() { HasText = option }).First.ClickAsync();
    }

    /// <summary>Waits until the Blazor circuit is up, so that clicks reach interactive components.</summary>
    public static async Task WaitForCircuitAsync(IPage page)
    {
        await page.Locator("[data-circuit=ready]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 20_000 });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
