using System.Net;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Tests.Infrastructure;

namespace Kooperationsraum.Tests.Accounts;

/// <summary>Signing in and out through the real forms of the running product.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SignInTests(WebAppFixture app)
{
    [Fact]
    public async Task TheRightPasswordSignsInWithAnHttpOnlySameSiteCookie()
    {
        var persona = await app.CreatePersonaAsync("Greta Sommer");
        using var client = app.CreateClient(cookies: null);

        using var response = await AccountSignIn.PostLoginAsync(client, persona.Email, persona.Password);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be("/");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Kooperationsraum.Account=", StringComparison.Ordinal));
        cookie.Should().ContainEquivalentOf("httponly").And.ContainEquivalentOf("samesite=lax");
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithAMessageAndNoCookie()
    {
        var persona = await app.CreatePersonaAsync("Hanna Wolf");
        using var client = app.CreateClient(cookies: null);

        using var response = await AccountSignIn.PostLoginAsync(client, persona.Email, persona.Password + "x");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Should().Contain("E-Mail-Adresse oder Passwort stimmen nicht.");
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).Should()
            .NotContain(c => c.StartsWith("Kooperationsraum.Account=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountSoThatEvenTheRightOneIsRefused()
    {
        var persona = await app.CreatePersonaAsync("Ingo Brandt");
        using var client = app.CreateClient(cookies: null);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await AccountSignIn.PostLoginAsync(client, persona.Email, $"falsch-{attempt}-geraten");
            wrong.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var response = await AccountSignIn.PostLoginAsync(client, persona.Email, persona.Password);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("vorübergehend gesperrt");
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var persona = await app.CreatePersonaAsync("Jana Krüger");
        using var client = app.CreateClient(await AccountSignIn.SignInAsync(app.BaseAddress, persona.Email, persona.Password));
        var form = await client.GetStringAsync("/account/password");
        var token = AccountSignIn.HiddenValue(form, "__RequestVerificationToken");

        using var signOut = await client.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        using var afterwards = await client.GetAsync("/");

        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signOut.Headers.Location!.ToString().Should().Be("/login");
        afterwards.StatusCode.Should().Be(HttpStatusCode.Redirect);
        afterwards.Headers.Location!.AbsolutePath.Should().Be("/login");
    }

    [Fact]
    public async Task SigningOutWithoutTheAntiforgeryTokenIsRefused()
    {
        using var client = app.CreateClient(app.AdministratorCookies);

        using var signOut = await client.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        signOut.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
