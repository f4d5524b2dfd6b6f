using System.Net;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Hubs;

namespace Kooperationsraum.Tests.Security;

/// <summary>The security headers, over real Kestrel, on every kind of response.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SecurityHeaderTests(WebAppFixture app)
{
    public static TheoryData<string> Addresses => new()
    {
        "/",
        "/directory",
        "/gibt-es-nicht",
        "/app.css",
        "/_framework/blazor.web.js",
        "/api/documents/gibt-es-nicht/export.md",
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task EveryResponseCarriesTheSecurityHeaders(string address)
    {
        using var client = app.CreateClient(await app.SignInAsync(app.Administrator));

        using var response = await client.GetAsync(address);

        var headers = response.Headers;
        headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        headers.GetValues("Referrer-Policy").Should().Equal("same-origin");
        headers.GetValues("Permissions-Policy").Single().Should().Contain("camera=()").And.Contain("microphone=()");
        headers.GetValues("Content-Security-Policy").Should().ContainSingle();
    }

    [Fact]
    public async Task APageAllowsScriptsOnlyFromItselfAndItsOwnNonce()
    {
        using var client = app.CreateClient(await app.SignInAsync(app.Administrator));

        using var response = await client.GetAsync("/");

        var policy = Directives(response.Headers.GetValues("Content-Security-Policy").Single());
        var nonce = policy["script-src"].Single(source => source.StartsWith("'nonce-", StringComparison.Ordinal))[7..^1];
        policy["script-src"].Should().Equal("'self'", $"'nonce-{nonce}'");
        policy["default-src"].Should().Equal("'self'");
        policy["object-src"].Should().Equal("'none'");
        policy["frame-ancestors"].Should().Equal("'none'");
        policy["base-uri"].Should().Equal("'self'");
        policy["form-action"].Should().Equal("'self'");
        policy["img-src"].Should().Equal("'self'", "data:");
        policy["connect-src"].Should().Equal("'self'", $"ws://{app.BaseAddress.Authority}");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain($"<script type=\"importmap\" nonce=\"{nonce}\">");
        html.Should().NotContain(" onclick=").And.NotContain(" onload=");
    }

    [Fact]
    public async Task EveryNonceReachesThePageSpelledAsInTheHeader()
    {
        using var client = app.CreateClient(await app.SignInAsync(app.Administrator));
        var mismatches = new List<string>();

        for (var page = 0; page < 32; page++)
        {
            using var response = await client.GetAsync("/");
            var policy = Directives(response.Headers.GetValues("Content-Security-Policy").Single());
            var nonce = policy["script-src"].Single(source => source.StartsWith("'nonce-", StringComparison.Ordinal))[7..^1];
            if (!(await response.Content.ReadAsStringAsync()).Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal))
            {
                mismatches.Add(nonce);
            }
        }

        mismatches.Should().BeEmpty("an HTML-encoded nonce no longer matches the policy");
    }

    [Fact]
    public async Task EachPageGetsANonceOfItsOwn()
    {
        using var client = app.CreateClient(await app.SignInAsync(app.Administrator));

        using var first = await client.GetAsync("/");
        using var second = await client.GetAsync("/");

        first.Headers.GetValues("Content-Security-Policy").Single()
            .Should().NotBe(second.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task TheHubNegotiationCarriesTheHeadersToo()
    {
        using var client = app.CreateClient(await app.SignInAsync(app.Administrator));

        using var response = await client.PostAsync($"{WorkspaceHub.Path}/negotiate?negotiateVersion=1", null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..]);
}
