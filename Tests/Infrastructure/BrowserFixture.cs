using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, started once per collection. Playwright never downloads a browser
/// here; the test command installs Chromium from the distribution.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly ConcurrentDictionary<string, string> signedIn = new();
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

    /// <summary>A fresh, isolated browser context, like a second person at another computer, signed in as nobody.</summary>
    public async Task<IPage> OpenAnonymousPageAsync(Uri baseAddress, string locale = "de-DE")
    {
        var context = await Browser.NewContextAsync(ContextOptions(baseAddress, locale));
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A fresh browser context signed in as <paramref name="persona"/> through the real sign-in page. The first sign-in
    /// of a persona fills in the form; later contexts start from the cookies it left.
    /// </summary>
    public async Task<IPage> NewSignedInPageAsync(Uri baseAddress, Persona persona, string locale = "de-DE")
    {
        var key = $"{baseAddress}|{persona.Email}";
        if (!signedIn.TryGetValue(key, out var storageState))
        {
            var first = await OpenAnonymousPageAsync(baseAddress, locale);
            await SignInThroughFormAsync(first, persona);
            storageState = await first.Context.StorageStateAsync();
            signedIn[key] = storageState;
            await first.Context.CloseAsync();
        }

        var options = ContextOptions(baseAddress, locale);
        options.StorageState = storageState;
        var context = await Browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    /// <summary>Fills in and sends the sign-in page, and waits until the product let the person in.</summary>
    public static async Task SignInThroughFormAsync(IPage page, Persona persona)
    {
        await page.GotoAsync("login");
        await page.Locator("#login-email").FillAsync(persona.Email);
        await page.Locator("#login-password").FillAsync(persona.Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>Opens a page as <paramref name="persona"/> and waits until the Blazor circuit is up.</summary>
    public async Task<IPage> OpenInteractiveAsync(Uri baseAddress, Persona persona, string path)
    {
        var page = await NewSignedInPageAsync(baseAddress, persona);
        await page.GotoAsync(path);
        await WaitForCircuitAsync(page);
        return page;
    }

    /// <summary>Opens a workspace page as <paramref name="persona"/> and waits until it follows the workspace live.</summary>
    public async Task<IPage> OpenLiveWorkspaceAsync(Uri baseAddress, Persona persona, string workspaceId)
    {
        var page = await OpenInteractiveAsync(baseAddress, persona, $"workspaces/{workspaceId}");
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

    private static BrowserNewContextOptions ContextOptions(Uri baseAddress, string locale) => new()
    {
        BaseURL = baseAddress.ToString(),
        Locale = locale,
        ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
    };

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
