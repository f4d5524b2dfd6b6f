using System.Net;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Tests.Infrastructure;

namespace Kooperationsraum.Tests.Accounts;

/// <summary>
/// A product started without a configured administrator: it has no way in but the one-time setup page, which closes
/// for good once an administrator exists. Each test starts its own product.
/// </summary>
public sealed class FirstStartTests
{
    private static readonly (string Email, string Password)[] CommonDefaults =
    [
        ("admin", "admin"), ("admin@localhost", "admin"), ("admin", "password"), ("administrator", "administrator"),
        ("root", "root"), ("admin", "123456"), ("betrieb@localhost", "betrieb"), ("admin@kooperationsraum.example", "admin"),
        (KooperationsraumAppFactory.AdministratorEmail, KooperationsraumAppFactory.AdministratorPassword),
    ];

    [Fact]
    public async Task AFreshPlatformSendsVisitorsToSetupAndNoCommonDefaultCredentialsSignIn()
    {
        await using var factory = new KooperationsraumAppFactory(configureAdministrator: false);
        using var client = Client(factory);

        using var login = await client.GetAsync("/login");
        var refused = new List<string>();
        foreach (var (email, password) in CommonDefaults)
        {
            using var attempt = await PostLoginWithTokenOfSetupAsync(client, email, password);
            if (attempt.StatusCode != HttpStatusCode.Redirect)
            {
                refused.Add(email);
            }
        }

        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        login.Headers.Location!.AbsolutePath.Should().Be("/setup");
        refused.Should().HaveCount(CommonDefaults.Length);
    }

    [Fact]
    public async Task SetupCreatesTheAdministratorSignsThemInAndThenDisappears()
    {
        await using var factory = new KooperationsraumAppFactory(configureAdministrator: false);
        using var client = Client(factory);

        using var setUp = await PostSetupAsync(client, "Allerpark im Frühling 2026");
        using var home = await client.GetAsync("/");
        using var setupAgain = await Client(factory).GetAsync("/setup");
        var signIn = () => AccountSignIn.SignInAsync(factory.BaseAddress, "mia.neumann@wolfsburg.example", "Allerpark im Frühling 2026");

        setUp.StatusCode.Should().Be(HttpStatusCode.Redirect);
        setUp.Headers.Location!.AbsolutePath.Should().Be("/");
        home.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await home.Content.ReadAsStringAsync()).Should().Contain("Mia Neumann");
        setupAgain.StatusCode.Should().Be(HttpStatusCode.Redirect);
        setupAgain.Headers.Location!.AbsolutePath.Should().Be("/login");
        await signIn.Should().NotThrowAsync();
    }

    [Fact]
    public async Task SetupRefusesAWeakPasswordAndCreatesNoAdministrator()
    {
        await using var factory = new KooperationsraumAppFactory(configureAdministrator: false);
        using var client = Client(factory);

        using var setUp = await PostSetupAsync(client, "Passwort2026!");
        using var setupAgain = await client.GetAsync("/setup");

        setUp.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await setUp.Content.ReadAsStringAsync()).Should().Contain("zu leicht zu erraten");
        setupAgain.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AccountsSurviveARestartOfTheHost()
    {
        var folder = Directory.CreateTempSubdirectory("kooperationsraum-restart-");
        try
        {
            await using (var first = new KooperationsraumAppFactory(configureAdministrator: true, dataFolder: folder.FullName))
            {
                await AccountSignIn.SignInAsync(first.BaseAddress, KooperationsraumAppFactory.AdministratorEmail, KooperationsraumAppFactory.AdministratorPassword);
            }

            await using var second = new KooperationsraumAppFactory(configureAdministrator: false, dataFolder: folder.FullName);
            using var setup = await Client(second).GetAsync("/setup");
            var signIn = () => AccountSignIn.SignInAsync(second.BaseAddress, KooperationsraumAppFactory.AdministratorEmail, KooperationsraumAppFactory.AdministratorPassword);

            setup.StatusCode.Should().Be(HttpStatusCode.Redirect);
            setup.Headers.Location!.AbsolutePath.Should().Be("/login");
            await signIn.Should().NotThrowAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static HttpClient Client(KooperationsraumAppFactory factory) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = factory.BaseAddress };

    // The sign-in page itself sends visitors to setup, so the antiforgery token comes from the setup page's form.
    private static async Task<HttpResponseMessage> PostLoginWithTokenOfSetupAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/setup");
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AccountSignIn.HiddenValue(form, "__RequestVerificationToken"),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Fills in and sends the setup form as a newcomer would, with <paramref name="password"/> twice.</summary>
    private static async Task<HttpResponseMessage> PostSetupAsync(HttpClient client, string password)
    {
        var form = await client.GetStringAsync("/setup");
        return await client.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "setup",
            ["__RequestVerificationToken"] = AccountSignIn.HiddenValue(form, "__RequestVerificationToken"),
            ["Input.OrganisationName"] = "Stadt Wolfsburg",
            ["Input.OrganisationKind"] = "Municipality",
            ["Input.City"] = "Wolfsburg",
            ["Input.DisplayName"] = "Mia Neumann",
            ["Input.Email"] = "mia.neumann@wolfsburg.example",
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        }));
    }
}
