using System.Buffers.Binary;
using System.Net.WebSockets;
using System.Text;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Hosting;
using Kooperationsraum.Web.Hubs;

namespace Kooperationsraum.Tests.Security;

/// <summary>
/// The receive limit (<see cref="KooperationsraumWebExtensions.MaximumHubMessageSize"/>) holds on both hubs and on the
/// Blazor circuit: a message just below it is parsed (and refused for its unknown method, the connection living on), one
/// above it closes the connection unparsed. Over real Kestrel and WebSockets.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class MessageSizeLimitTests(WebAppFixture app)
{
    private const char RecordSeparator = '\u001e';
    private const int Below = (int)KooperationsraumWebExtensions.MaximumHubMessageSize - 1_024;
    private const int Above = (int)KooperationsraumWebExtensions.MaximumHubMessageSize + 1_024;

    [Theory]
    [InlineData(WorkspaceHub.Path)]
    [InlineData(DocumentHub.Path)]
    public async Task AHubParsesAMessageBelowTheLimitAndClosesOnOneAboveIt(string path)
    {
        using var socket = await ConnectAsync(path, "json");

        await SendAsync(socket, Encoding.UTF8.GetBytes(JsonInvocation(Below)), WebSocketMessageType.Text);
        var answer = await ReceiveAsync(socket);
        await SendAsync(socket, Encoding.UTF8.GetBytes(JsonInvocation(Above)), WebSocketMessageType.Text);
        await ReceiveUntilClosedAsync(socket);

        Encoding.UTF8.GetString(answer).Should().Contain("\"type\":3").And.Contain("Method does not exist");
        socket.State.Should().NotBe(WebSocketState.Open);
    }

    [Fact]
    public async Task TheBlazorCircuitParsesAMessageBelowTheLimitAndClosesOnOneAboveIt()
    {
        using var socket = await ConnectAsync("/_blazor", "blazorpack");

        await SendAsync(socket, BlazorPackInvocation(Below), WebSocketMessageType.Binary);
        var answer = await ReceiveAsync(socket);
        await SendAsync(socket, BlazorPackInvocation(Above), WebSocketMessageType.Binary);
        await ReceiveUntilClosedAsync(socket);

        Encoding.UTF8.GetString(answer).Should().Contain("Method does not exist");
        socket.State.Should().NotBe(WebSocketState.Open);
    }

    private async Task<ClientWebSocket> ConnectAsync(string path, string protocol)
    {
        var socket = new ClientWebSocket();
        socket.Options.Cookies = await app.SignInAsync(app.Administrator);
        await socket.ConnectAsync(new UriBuilder(app.BaseAddress) { Scheme = "ws", Path = path }.Uri, CancellationToken.None);
        await SendAsync(socket, Encoding.UTF8.GetBytes($"{{\"protocol\":\"{protocol}\",\"version\":1}}{RecordSeparator}"), WebSocketMessageType.Text);
        Encoding.UTF8.GetString(await ReceiveAsync(socket)).Should().StartWith("{}");
        return socket;
    }

    /// <summary>A JSON invocation of a method no hub has, whose whole record is <paramref name="size"/> bytes.</summary>
    private static string JsonInvocation(int size)
    {
        var head = "{\"type\":1,\"invocationId\":\"1\",\"target\":\"Nope\",\"arguments\":[\"";
        var tail = $"\"]}}{RecordSeparator}";
        return head + new string('x', size - head.Length - tail.Length) + tail;
    }

    /// <summary>
    /// The same in Blazor's MessagePack protocol: a length prefix (7 bits a byte), then [1, {}, "1", "Nope", [text]],
    /// <paramref name="size"/> bytes after the prefix.
    /// </summary>
    private static byte[] BlazorPackInvocation(int size)
    {
        byte[] head = [0x95, 0x01, 0x80, 0xa1, (byte)'1', 0xa4, (byte)'N', (byte)'o', (byte)'p', (byte)'e', 0x91, 0xdb, 0, 0, 0, 0];
        var textLength = size - head.Length;
        BinaryPrimitives.WriteInt32BigEndian(head.AsSpan(head.Length - 4), textLength);
        var message = new List<byte>();
        for (var remaining = (uint)size; ; remaining >>= 7)
        {
            var part = (byte)(remaining & 0x7f);
            if (remaining < 0x80)
            {
                message.Add(part);
                break;
            }

            message.Add((byte)(part | 0x80));
        }

        message.AddRange(head);
        message.AddRange(Enumerable.Repeat((byte)'x', textLength));
        return [.. message];
    }

    private static Task SendAsync(ClientWebSocket socket, byte[] message, WebSocketMessageType type) =>
        socket.SendAsync(message, type, endOfMessage: true, CancellationToken.None);

    private static async Task<byte[]> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, patience.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return message.ToArray();
    }

    // Reads until the server closes the connection; one still open after 30 s fails the test by cancellation.
    private static async Task ReceiveUntilClosedAsync(ClientWebSocket socket)
    {
        var buffer = new byte[16 * 1024];
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while ((await socket.ReceiveAsync(buffer, patience.Token)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (WebSocketException)
        {
        }
    }
}
