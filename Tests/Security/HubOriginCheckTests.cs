using System.Net;
using System.Net.WebSockets;
using System.Text;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Hubs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kooperationsraum.Tests.Security;

/// <summary>
/// Cross-site WebSocket hijacking: a page of another site must not open a hub or circuit connection in a visitor's
/// name. Over real Kestrel, by negotiate and by WebSocket upgrade.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class HubOriginCheckTests(WebAppFixture app)
{
    private const string ForeignOrigin = "https://angreifer.example";

    public static TheoryData<string> ConnectionPaths => new() { WorkspaceHub.Path, DocumentHub.Path, "/_blazor" };

    public static TheoryData<string> ForeignOrigins => new()
    {
        ForeignOrigin,
        "null",
        "http://127.0.0.1.angreifer.example",
        "https://127.0.0.1",
    };

    [Theory]
    [MemberData(nameof(ConnectionPaths))]
    public async Task APageOfAnotherSiteCannotNegotiateAConnection(string path)
    {
        using var client = app.CreateClient(await app.SignInAsync(app.Administrator));

        using var response = await NegotiateAsync(client, path, ForeignOrigin);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Contain(ForeignOrigin);
    }

    [Theory]
    [MemberData(nameof(ConnectionPaths))]
    public async Task APageOfAnotherSiteCannotOpenAWebSocket(string path)
    {
        using var socket = Socket(ForeignOrigin, await app.SignInAsync(app.Administrator));

        var connect = () => socket.ConnectAsync(WebSocketAddress(app.BaseAddress, path), CancellationToken.None);

        await connect.Should().ThrowAsync<WebSocketException>();
        socket.HttpStatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(ForeignOrigins))]
    public async Task OnlyTheExactOwnOriginCounts(string origin)
    {
        using var client = app.CreateClient(await app.SignInAsync(app.Administrator));

        using var response = await NegotiateAsync(client, WorkspaceHub.Path, origin);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(ConnectionPaths))]
    public async Task TheProductsOwnPagesNegotiateAndConnect(string path)
    {
        using var client = app.CreateClient(await app.SignInAsync(app.Administrator));
        using var socket = Socket(OwnOrigin(app.BaseAddress), await app.SignInAsync(app.Administrator));

        using var response = await NegotiateAsync(client, path, OwnOrigin(app.BaseAddress));
        await socket.ConnectAsync(WebSocketAddress(app.BaseAddress, path), CancellationToken.None);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        socket.HttpStatusCode.Should().Be(HttpStatusCode.SwitchingProtocols);
        socket.State.Should().Be(WebSocketState.Open);
    }

    [Fact]
    public async Task AHubConnectionFromTheOwnOriginWorksEndToEnd()
    {
        var workspace = await app.CreateWorkspaceAsync("Sicherheit: eigener Ursprung");
        using var socket = Socket(OwnOrigin(app.BaseAddress), await app.SignInAsync(app.Administrator));
        await socket.ConnectAsync(WebSocketAddress(app.BaseAddress, WorkspaceHub.Path), CancellationToken.None);

        await SendAsync(socket, """{"protocol":"json","version":1}""");
        var handshake = await ReceiveUntilAsync(socket, "{}");
        await SendAsync(socket, $$"""{"type":1,"invocationId":"1","target":"{{nameof(WorkspaceHub.GetWorkspaceAsync)}}","arguments":["{{workspace.Id}}"]}""");
        var completion = await ReceiveUntilAsync(socket, "\"type\":3");

        handshake.Should().StartWith("{}");
        completion.Should().Contain(workspace.Id).And.NotContain("\"error\"");
    }

    [Fact]
    public async Task ARequestWithoutAnOriginComesFromNoPageAndIsLetThrough()
    {
        using var client = app.CreateClient(await app.SignInAsync(app.Administrator));

        using var response = await client.PostAsync($"{WorkspaceHub.Path}/negotiate?negotiateVersion=1", null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnOriginOnTheAllowListIsAccepted()
    {
        const string proxyOrigin = "https://kooperation.example.de";
        // A product of its own, because the allow-list is read from configuration; it never starts the factory it derives from.
        await using var factory = new KooperationsraumAppFactory();
        await using var configured = factory.WithWebHostBuilder(host => host.UseSetting("Kooperationsraum:Security:AllowedOrigins:0", proxyOrigin));
        configured.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        configured.StartServer();
        var baseAddress = new Uri(configured.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var cookies = await AccountSignIn.SignInAsync(
            baseAddress, KooperationsraumAppFactory.AdministratorEmail, KooperationsraumAppFactory.AdministratorPassword);
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        using var socket = Socket(proxyOrigin, cookies);

        using var allowed = await NegotiateAsync(client, WorkspaceHub.Path, proxyOrigin);
        using var foreign = await NegotiateAsync(client, WorkspaceHub.Path, ForeignOrigin);
        await socket.ConnectAsync(WebSocketAddress(baseAddress, "/_blazor"), CancellationToken.None);

        allowed.StatusCode.Should().Be(HttpStatusCode.OK);
        foreign.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        socket.State.Should().Be(WebSocketState.Open);
    }

    private static async Task<HttpResponseMessage> NegotiateAsync(HttpClient client, string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{path}/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }

    /// <summary>A socket of a signed-in person's browser, opened from a page of <paramref name="origin"/>.</summary>
    private static ClientWebSocket Socket(string origin, CookieContainer cookies)
    {
        var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        socket.Options.SetRequestHeader("Origin", origin);
        socket.Options.CollectHttpResponseDetails = true;
        return socket;
    }

    private static string OwnOrigin(Uri baseAddress) => baseAddress.GetLeftPart(UriPartial.Authority);

    private static Uri WebSocketAddress(Uri baseAddress, string path) =>
        new UriBuilder(baseAddress) { Scheme = "ws", Path = path }.Uri;

    private static Task SendAsync(ClientWebSocket socket, string record) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(record + '\u001e'), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    // Reads whole records until one contains the marker; pings may come first.
    private static async Task<string> ReceiveUntilAsync(ClientWebSocket socket, string marker)
    {
        var buffer = new byte[64 * 1024];
        var received = new StringBuilder();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, patience.Token);
            received.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (received.Length > 0 && received[^1] == '\u001e' && received.ToString().Contains(marker, StringComparison.Ordinal))
            {
                return received.ToString();
            }
        }
    }
}
