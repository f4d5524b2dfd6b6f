using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading.Channels;

namespace Kooperationsraum.Bench.Hubs;

/// <summary>
/// A SignalR client speaking the JSON hub protocol over a raw WebSocket, because the registry lacks the .NET
/// SignalR client. It does what the real client does on the wire: handshake, invocations with completions,
/// server-to-client invocations and pings; records are separated by 0x1E. Hundreds of them run in one benchmark
/// process, so each has one receive loop over one reused buffer, parses a record once, and hands server-to-client
/// invocations either to a handler (on the receive loop, while the record's buffer is still valid) or to a queue.
/// A record handler gets an invocation's record unparsed: only its type and target are read to find the handler.
/// </summary>
public sealed class HubProtocolClient : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1e;
    private const int InitialBufferSize = 16 * 1024;
    private static readonly TimeSpan InvocationTimeout = TimeSpan.FromSeconds(30);
    private static readonly byte[] HandshakeRecord = [.. """{"protocol":"json","version":1}"""u8, RecordSeparator];

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<long, PendingInvocation> pending = new();
    private readonly Channel<(string Target, JsonArray Arguments)> received = Channel.CreateUnbounded<(string, JsonArray)>(
        new UnboundedChannelOptions { SingleWriter = true });
    private readonly TaskCompletionSource handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource closing = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private volatile KeyValuePair<string, Action<JsonElement>>[] handlers = [];
    private volatile KeyValuePair<byte[], Action<ReadOnlyMemory<byte>>>[] recordHandlers = [];
    private Task receiving = Task.CompletedTask;
    private long nextInvocationId;

    private HubProtocolClient()
    {
    }

    /// <summary>Records received from the server, pings and completions included.</summary>
    public long RecordsReceived { get; private set; }

    /// <summary>Bytes received from the server.</summary>
    public long BytesReceived { get; private set; }

    /// <summary>Records sent to the server.</summary>
    public long RecordsSent { get; private set; }

    /// <summary>Connects over a WebSocket, sending <paramref name="cookies"/> (a signed-in session's) with the upgrade request.</summary>
    public static async Task<HubProtocolClient> ConnectAsync(Uri baseAddress, string hubPath, CookieContainer? cookies = null)
    {
        var client = new HubProtocolClient();
        client.socket.Options.Cookies = cookies;
        var address = new UriBuilder(baseAddress) { Scheme = baseAddress.Scheme == "https" ? "wss" : "ws", Path = hubPath }.Uri;
        await client.socket.ConnectAsync(address, CancellationToken.None);
        client.receiving = client.ReceiveLoopAsync();
        await client.SendRecordAsync(HandshakeRecord);
        await client.handshake.Task.WaitAsync(InvocationTimeout);
        return client;
    }

    /// <summary>
    /// Hands every later invocation of <paramref name="target"/> to <paramref name="handler"/> instead of the queue.
    /// The handler runs on the receive loop with the invocation's arguments, which are valid only during the call,
    /// and must not wait for this connection (an invocation's completion arrives on the same loop).
    /// </summary>
    public void On(string target, Action<JsonElement> handler) =>
        handlers = [.. handlers, new KeyValuePair<string, Action<JsonElement>>(target, handler)];

    /// <summary>
    /// Hands every later invocation of <paramref name="target"/> to <paramref name="handler"/> as its whole record (the
    /// JSON message without the separator), unparsed; valid only during the call, and the same rules apply as for
    /// <see cref="On"/>. For receivers that share the decoding of identical records.
    /// </summary>
    public void OnRecord(string target, Action<ReadOnlyMemory<byte>> handler) =>
        recordHandlers = [.. recordHandlers, new KeyValuePair<byte[], Action<ReadOnlyMemory<byte>>>(Encoding.UTF8.GetBytes(target), handler)];

    /// <summary>Invokes a hub method and returns its result, or throws the hub's error message.</summary>
    public async Task<T?> InvokeAsync<T>(string target, params object?[] arguments)
    {
        var invocation = new PendingInvocation(result => result.Deserialize<T>(JsonOptions));
        await InvokeCoreAsync(invocation, target, arguments);
        return (T?)await invocation.Completion.WaitAsync(InvocationTimeout);
    }

    public async Task InvokeAsync(string target, params object?[] arguments)
    {
        var invocation = new PendingInvocation(_ => null);
        await InvokeCoreAsync(invocation, target, arguments);
        await invocation.Completion.WaitAsync(InvocationTimeout);
    }

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

    private async Task InvokeCoreAsync(PendingInvocation invocation, string target, object?[] arguments)
    {
        var id = Interlocked.Increment(ref nextInvocationId);
        pending[id] = invocation;
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("type"u8, 1);
            writer.WriteString("invocationId"u8, id.ToString(CultureInfo.InvariantCulture));
            writer.WriteString("target"u8, target);
            writer.WritePropertyName("arguments"u8);
            writer.WriteStartArray();
            foreach (var argument in arguments)
            {
                JsonSerializer.Serialize(writer, argument, argument?.GetType() ?? typeof(object), JsonOptions);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.Write([RecordSeparator]);

        try
        {
            await SendRecordAsync(buffer.WrittenMemory);
        }
        catch
        {
            pending.TryRemove(id, out _);
            throw;
        }
    }

    /// <summary>Sends one record, separator included.</summary>
    private async Task SendRecordAsync(ReadOnlyMemory<byte> record)
    {
        await sending.WaitAsync();
        try
        {
            await socket.SendAsync(record, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            RecordsSent++;
        }
        finally
        {
            sending.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        var filled = 0;
        Exception? failure = null;
        try
        {
            while (!closing.IsCancellationRequested)
            {
                if (filled == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var result = await socket.ReceiveAsync(buffer.AsMemory(filled), closing.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    throw new WebSocketException("The server closed the connection.");
                }

                var scanFrom = filled;
                filled += result.Count;
                BytesReceived += result.Count;
                var start = 0;
                int separator;
                while ((separator = buffer.AsSpan(scanFrom, filled - scanFrom).IndexOf(RecordSeparator)) >= 0)
                {
                    var end = scanFrom + separator;
                    Dispatch(buffer.AsMemory(start, end - start));
                    start = scanFrom = end + 1;
                }

                if (start > 0)
                {
                    buffer.AsSpan(start, filled - start).CopyTo(buffer);
                    filled -= start;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or InvalidOperationException or JsonException)
        {
            failure = exception;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            var closed = new WebSocketException("The connection closed.", failure);
            handshake.TrySetException(closed);
            foreach (var invocation in pending.Values)
            {
                invocation.Fail(closed);
            }

            received.Writer.TryComplete();
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> record)
    {
        RecordsReceived++;
        if (handshake.Task.IsCompleted && recordHandlers.Length > 0 && RecordHandlerFor(record.Span) is { } recordHandler)
        {
            recordHandler(record);
            return;
        }

        using var json = JsonDocument.Parse(record);
        var message = json.RootElement;
        if (!handshake.Task.IsCompleted)
        {
            if (message.TryGetProperty("error"u8, out var error))
            {
                handshake.TrySetException(new InvalidOperationException($"Handshake refused: {error}"));
                closing.Cancel();
            }
            else
            {
                handshake.TrySetResult();
            }

            return;
        }

        switch (message.GetProperty("type"u8).GetInt32())
        {
            case 1:
                Invoked(message.GetProperty("target"u8), message.GetProperty("arguments"u8));
                break;
            case 3 when pending.TryRemove(long.Parse(message.GetProperty("invocationId"u8).GetString()!, CultureInfo.InvariantCulture), out var invocation):
                if (message.TryGetProperty("error"u8, out var error))
                {
                    invocation.Fail(new HubCallFailedException(error.GetString()!));
                }
                else
                {
                    invocation.Complete(message.TryGetProperty("result"u8, out var result) ? result : null);
                }

                break;
            case 7:
                closing.Cancel();
                break;
        }
    }

    // The JSON hub protocol writes an invocation's type and target before its arguments, so the handler is found
    // from the first two properties; any other shape is left to the full parse.
    private Action<ReadOnlyMemory<byte>>? RecordHandlerFor(ReadOnlySpan<byte> record)
    {
        var reader = new Utf8JsonReader(record);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject
            || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("type"u8)
            || !reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var type) || type != 1
            || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("target"u8)
            || !reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            return null;
        }

        foreach (var (name, handler) in recordHandlers)
        {
            if (reader.ValueTextEquals(name))
            {
                return handler;
            }
        }

        return null;
    }

    private void Invoked(JsonElement target, JsonElement arguments)
    {
        foreach (var (name, handler) in handlers)
        {
            if (target.ValueEquals(name))
            {
                handler(arguments);
                return;
            }
        }

        received.Writer.TryWrite((target.GetString()!, JsonArray.Create(arguments.Clone())!));
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
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // Aborted meanwhile (cancelling the receive loop aborts the socket): there is nothing left to close.
            }
        }

        await receiving;
        socket.Dispose();
        closing.Dispose();
        sending.Dispose();
    }
}
