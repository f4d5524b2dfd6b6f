using System.Net.WebSockets;
using System.Text;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Hubs;

namespace Kooperationsraum.Tests.Hubs;

/// <summary>The workspace hub's per-connection rate limit, over real Kestrel and WebSockets.</summary>
[Collection(WebAppCollection.Name)]
public sealed class WorkspaceHubRateLimitTests(WebAppFixture app)
{
    private const char RecordSeparator = '\u001e';

    [Fact]
    public async Task CallsAboveTheRateAreRefusedWithAClearMessageAndOtherConnectionsGoOn()
    {
        var workspace = await app.CreateWorkspaceAsync("Hub: Flut");
        await using var flooder = await app.ConnectHubAsync(WorkspaceHub.Path);
        await using var neighbour = await app.ConnectHubAsync(WorkspaceHub.Path);

        var refusals = new List<string>();
        for (var i = 0; i < (int)ConnectionRateLimiter.Capacity * 2; i++)
        {
            try
            {
                await flooder.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.GetWorkspaceAsync), workspace.Id);
            }
            catch (HubCallFailedException refused)
            {
                refusals.Add(refused.Message);
            }
        }

        refusals.Should().NotBeEmpty().And.OnlyContain(message => message.Contains("Too many messages on this connection"));
        (await neighbour.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.GetWorkspaceAsync), workspace.Id))!.Id.Should().Be(workspace.Id);
    }

    [Fact]
    public async Task AConnectionThatKeepsFloodingIsClosed()
    {
        var workspace = await app.CreateWorkspaceAsync("Hub: Dauerflut");
        using var socket = new ClientWebSocket();
        socket.Options.Cookies = await app.SignInAsync(app.Administrator);
        await socket.ConnectAsync(new UriBuilder(app.BaseAddress) { Scheme = "ws", Path = WorkspaceHub.Path }.Uri, CancellationToken.None);
        await SendAsync(socket, $"{{\"protocol\":\"json\",\"version\":1}}{RecordSeparator}");
        var burst = (int)ConnectionRateLimiter.Capacity + (ConnectionRateLimiter.RefusalsBeforeClosing * 4);

        // All calls in one frame, as fast as a flooding client can send them.
        await SendAsync(socket, string.Concat(Enumerable.Range(1, burst).Select(id =>
            $$"""{"type":1,"invocationId":"{{id}}","target":"{{nameof(WorkspaceHub.GetWorkspaceAsync)}}","arguments":["{{workspace.Id}}"]}{{RecordSeparator}}""")));
        var received = await ReceiveUntilClosedAsync(socket);

        received.Should().Contain("Too many messages on this connection");
        socket.State.Should().NotBe(WebSocketState.Open);
    }

    private static Task SendAsync(ClientWebSocket socket, string records) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(records), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    // Everything the server sent until it closed the connection; a connection still open after 30 s fails the test.
    private static async Task<string> ReceiveUntilClosedAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        var received = new StringBuilder();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, patience.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return received.ToString();
                }

                received.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            }
        }
        catch (WebSocketException)
        {
            return received.ToString();
        }
    }
}
