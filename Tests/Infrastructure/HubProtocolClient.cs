using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading.Channels;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>
/// A SignalR client speaking the JSON hub protocol over a raw WebSocket, because the registry lacks the .NET
/// SignalR client. It does what the real client does on the wire: handshake, invocations with completions,
/// server-to-client invocations and pings; records are separated by 0x1E.
/// </summary>
public sealed class HubProtocolClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly Channel<(string Target, JsonArray Arguments)> received = Channel.CreateUnbounded<(string, JsonArray)>();
    private readonly CancellationTokenSource closing = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private Task receiving = Task.CompletedTask;
    private int nextInvocationId;

    private HubProtocolClient()
    {
    }

    public static async Task<HubProtocolClient> ConnectAsync(Uri baseAddress, string hubPath, string? origin = null)
    {
        var client = new HubProtocolClient();
        if (origin is not null)
        {
            client.socket.Options.SetRequestHeader("Origin", origin);
        }

        var address = new UriBuilder(baseAddress) { Scheme = baseAddress.Scheme == "https" ? "wss" : "ws", Path = hubPath }.Uri;
        await client.socket.ConnectAsync(address, CancellationToken.None);
        await client.SendRecordAsync("""{"protocol":"json","version":1}""");
        var handshake = await client.ReceiveRecordsAsync();
        var reply = JsonNode.Parse(handshake.Single());
        if (reply?["error"] is { } error)
        {
            throw new InvalidOperationException($"Handshake refused: {error}");
        }

        client.receiving = client.ReceiveLoopAsync();
        return client;
    }

    /// <summary>Invokes a hub method and returns its result, or throws the hub's error message.</summary>
    public async Task<T?> InvokeAsync<T>(string target, params object?[] arguments)
    {
        var result = await InvokeCoreAsync(target, arguments);
        return result is null ? default : result.Deserialize<T>(JsonOptions);
    }

    public Task InvokeAsync(string target, params object?[] arguments) => InvokeCoreAsync(target, arguments);

    /// <summary>Waits for the next server-to-client invocation of <paramref name="target"/> and returns its first argument.</summary>
    public async Task<JsonNode> NextAsync(string target, TimeSpan timeout) => (await NextArgumentsAsync(target, timeout))[0]!;

    /// <summary>Waits for the next server-to-client invocation of <paramref name="target"/> and returns all its arguments.</summary>
    public async Task<JsonArray> NextArgumentsAsync(string target, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            var (name, args) = await received.Reader.ReadAsync(cancellation.Token);
            if (name == target)
            {
                return args;
            }
        }
    }

    /// <summary>Takes an invocation of <paramref name="target"/> that has already arrived, without waiting.</summary>
    public bool TryTake(string target, out JsonArray arguments)
    {
        while (received.Reader.TryRead(out var invocation))
        {
            if (invocation.Target == target)
            {
                arguments = invocation.Arguments;
                return true;
            }
        }

        arguments = [];
        return false;
    }

    /// <summary>Whether an invocation of <paramref name="target"/> arrives within <paramref name="window"/>.</summary>
    public async Task<bool> ReceivesAsync(string target, TimeSpan window)
    {
        try
        {
            await NextAsync(target, window);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Drops the connection abruptly, as a network failure would.</summary>
    public void Abort() => socket.Abort();

    private async Task<JsonNode?> InvokeCoreAsync(string target, object?[] arguments)
    {
        var id = Interlocked.Increment(ref nextInvocationId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = completion;
        var message = new JsonObject
        {
            ["type"] = 1,
            ["invocationId"] = id,
            ["target"] = target,
            ["arguments"] = JsonSerializer.SerializeToNode(arguments, JsonOptions),
        };
        await SendRecordAsync(message.ToJsonString());
        return await completion.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async Task SendRecordAsync(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json + RecordSeparator);
        await sending.WaitAsync();
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            sending.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (!closing.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                foreach (var record in await ReceiveRecordsAsync())
                {
                    Dispatch(JsonNode.Parse(record)!);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
        }
        finally
        {
            foreach (var completion in pending.Values)
            {
                completion.TrySetException(new WebSocketException("The connection closed."));
            }

            received.Writer.TryComplete();
        }
    }

    private void Dispatch(JsonNode message)
    {
        switch ((int)message["type"]!)
        {
            case 1:
                received.Writer.TryWrite(((string)message["target"]!, message["arguments"]!.AsArray()));
                break;
            case 3 when pending.TryRemove((string)message["invocationId"]!, out var completion):
                if (message["error"] is { } error)
                {
                    completion.TrySetException(new HubCallFailedException((string)error!));
                }
                else
                {
                    completion.TrySetResult(message["result"]?.DeepClone());
                }

                break;
            case 7:
                closing.Cancel();
                break;
        }
    }

    private async Task<IReadOnlyList<string>> ReceiveRecordsAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        WebSocketReceiveResult result;
        do
        {
            var segment = new byte[16 * 1024];
            result = await socket.ReceiveAsync(segment, closing.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("The server closed the connection.");
            }

            buffer.Write(segment.AsSpan(0, result.Count));
        }
        while (!result.EndOfMessage || buffer.WrittenSpan[^1] != (byte)RecordSeparator);

        return Encoding.UTF8.GetString(buffer.WrittenSpan).Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries);
    }

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
        }

        await receiving;
        socket.Dispose();
        closing.Dispose();
        sending.Dispose();
    }
}
