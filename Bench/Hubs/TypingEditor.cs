using System.Diagnostics;
using System.Net;
using Kooperationsraum.Bench.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Web.Hubs;

namespace Kooperationsraum.Bench.Hubs;

/// <summary>
/// A person typing into a document through the hub, following the collab protocol as the browser editor does:
/// keystrokes apply locally at once and stay unconfirmed until the document's broadcast brings them back; at most
/// one submission is in flight, and when it is acknowledged everything typed meanwhile goes out together; the
/// others' operations rebase the unconfirmed ones; a gap in versions is fetched. Driven by events only (a timer
/// for typing, the connection's receive loop for broadcasts), so hundreds run in one process; they share the
/// decoding of identical broadcast records (<see cref="BroadcastDecoder"/>), and each does all the rest on its own.
/// </summary>
public sealed class TypingEditor : IAsyncDisposable
{
    private static readonly string[] Keys = [.. "abcdefghijklmnopqrstuvwxyz    ,.".Select(key => key.ToString())];

    private readonly Lock gate = new();
    private readonly HubRun run;
    private readonly HubProtocolClient connection;
    private readonly Random random;
    private readonly List<IReadOnlyList<AppliedOperation>> backlog = [];
    private CollabClient? client;
    private long[] typedAt;
    private int cursor;
    private bool submitting;
    private bool catchingUp;
    private long acknowledged;

    private TypingEditor(HubRun run, HubProtocolClient connection, string documentId, string clientId, int seed, int expectedEdits)
    {
        this.run = run;
        this.connection = connection;
        DocumentId = documentId;
        ClientId = clientId;
        random = new Random(seed);
        typedAt = new long[expectedEdits + 1];
    }

    public string ClientId { get; }

    public string DocumentId { get; }

    public HubProtocolClient Connection => connection;

    /// <summary>Acknowledged edits, duplicates excluded.</summary>
    public long Acknowledged => Interlocked.Read(ref acknowledged);

    public string Text
    {
        get
        {
            lock (gate)
            {
                return client?.Text ?? string.Empty;
            }
        }
    }

    public int SyncedVersion
    {
        get
        {
            lock (gate)
            {
                return client?.SyncedVersion ?? -1;
            }
        }
    }

    /// <summary>Nothing typed is unconfirmed, nothing is in flight and no gap is being fetched.</summary>
    public bool Settled
    {
        get
        {
            lock (gate)
            {
                return client is { UnconfirmedCount: 0 } && !submitting && !catchingUp;
            }
        }
    }

    public static async Task<TypingEditor> OpenAsync(Uri server, CookieContainer cookies, string documentId, string clientId, HubRun run, int seed, int expectedEdits)
    {
        var connection = await HubProtocolClient.ConnectAsync(server, DocumentHub.Path, cookies);
        var editor = new TypingEditor(run, connection, documentId, clientId, seed, expectedEdits);
        connection.OnRecord(nameof(IDocumentHubClient.OperationsAppliedAsync), editor.OnApplied);
        var snapshot = await connection.InvokeAsync<DocumentSnapshot>(nameof(DocumentHub.OpenDocumentAsync), documentId);
        lock (editor.gate)
        {
            editor.client = new CollabClient(clientId, snapshot!);
            editor.cursor = editor.random.Next(snapshot!.Text.Length + 1);
            editor.ApplyBacklogLocked();
        }

        return editor;
    }

    /// <summary>Types every <paramref name="interval"/> from <paramref name="first"/> (a <see cref="Stopwatch"/> timestamp) until the run ends.</summary>
    public async Task TypeAsync(long first, TimeSpan interval)
    {
        var step = (long)(interval.TotalSeconds * Stopwatch.Frequency);
        for (var next = first; next < run.MeasureUntil; next += step)
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            Type();
        }
    }

    /// <summary>When this editor typed its edit number <paramref name="sequence"/>.</summary>
    public long TypedAt(int sequence) => Volatile.Read(ref typedAt)[sequence];

    /// <summary>Fetches whatever the editor has not seen yet, as after a gap.</summary>
    public Task CatchUpAsync()
    {
        lock (gate)
        {
            if (catchingUp)
            {
                return Task.CompletedTask;
            }

            catchingUp = true;
        }

        return FetchMissedAsync();
    }

    // Like a keystroke near the cursor: mostly a character, sometimes a backspace.
    private void Type()
    {
        lock (gate)
        {
            if (client is null)
            {
                return;
            }

            var length = client.Length;
            cursor = Math.Clamp(cursor, 0, length);
            TextOperation keystroke;
            if (cursor > 0 && random.Next(100) < 15)
            {
                keystroke = TextOperation.Replace(length, cursor - 1, cursor, string.Empty);
                cursor--;
            }
            else
            {
                keystroke = TextOperation.Replace(length, cursor, cursor, Keys[random.Next(Keys.Length)]);
                cursor++;
            }

            var id = client.Edit(keystroke);
            Remember(id.Sequence, Stopwatch.GetTimestamp());
            if (!submitting)
            {
                SendLocked();
            }
        }
    }

    private void Remember(int sequence, long timestamp)
    {
        if (sequence >= typedAt.Length)
        {
            var larger = new long[typedAt.Length * 2];
            typedAt.CopyTo(larger);
            Volatile.Write(ref typedAt, larger);
        }

        typedAt[sequence] = timestamp;
    }

    private void SendLocked()
    {
        var sendable = client!.TakeSendable();
        if (sendable.Count > 0)
        {
            submitting = true;
            _ = SubmitAsync(sendable);
        }
    }

    private async Task SubmitAsync(IReadOnlyList<Submission> sendable)
    {
        try
        {
            var operations = new List<SubmittedOperation>(sendable.Count);
            foreach (var submission in sendable)
            {
                operations.Add(new SubmittedOperation(submission.Id, submission.Operation));
            }

            run.Submitted(operations.Count);
            var results = await connection.InvokeAsync<List<SubmitResult>>(
                nameof(DocumentHub.SubmitAsync), DocumentId, sendable[0].BaseVersion, operations);
            var now = Stopwatch.GetTimestamp();
            foreach (var result in results!)
            {
                if (result.WasDuplicate)
                {
                    run.Fail($"{result.Id} was acknowledged as a duplicate, but it was sent once.");
                    continue;
                }

                run.Acknowledge(TypedAt(result.Id.Sequence), now);
                Interlocked.Increment(ref acknowledged);
            }
        }
        catch (Exception exception)
        {
            run.Fail($"{ClientId}: submitting failed: {exception.Message}");
        }
        finally
        {
            lock (gate)
            {
                submitting = false;
                SendLocked();
            }
        }
    }

    private void OnApplied(ReadOnlyMemory<byte> record)
    {
        try
        {
            var operations = run.Decoder.Decode(record.Span);
            run.Broadcast(operations.Count);
            lock (gate)
            {
                backlog.Add(operations);
                if (client is not null && !catchingUp)
                {
                    ApplyBacklogLocked();
                }
            }
        }
        catch (Exception exception)
        {
            run.Fail($"{ClientId}: applying a broadcast failed: {exception.Message}");
        }
    }

    // Applies the backlog in order; at a gap, keeps the rest and fetches what is missing first.
    private void ApplyBacklogLocked()
    {
        var now = Stopwatch.GetTimestamp();
        while (backlog.Count > 0)
        {
            var operations = backlog[0];
            backlog.RemoveAt(0);
            for (var i = 0; i < operations.Count; i++)
            {
                var operation = operations[i];
                if (operation.Version <= client!.SyncedVersion)
                {
                    continue;
                }

                if (operation.Version > client.SyncedVersion + 1)
                {
                    backlog.Insert(0, operations.Skip(i).ToList());
                    catchingUp = true;
                    _ = FetchMissedAsync();
                    return;
                }

                ReceiveLocked(operation, now);
            }
        }
    }

    private void ReceiveLocked(AppliedOperation operation, long now)
    {
        client!.Receive(operation);
        if (operation.Id.ClientId != ClientId && run.Editors.TryGetValue(operation.Id.ClientId, out var author))
        {
            run.Saw(author.TypedAt(operation.Id.Sequence), now);
        }
    }

    private async Task FetchMissedAsync()
    {
        try
        {
            int from;
            lock (gate)
            {
                from = client!.SyncedVersion;
            }

            var missed = await connection.InvokeAsync<List<AppliedOperation>>(nameof(DocumentHub.GetSinceAsync), DocumentId, from);
            lock (gate)
            {
                var now = Stopwatch.GetTimestamp();
                foreach (var operation in missed!.Where(operation => operation.Version == client!.SyncedVersion + 1))
                {
                    ReceiveLocked(operation, now);
                }
            }
        }
        catch (Exception exception)
        {
            run.Fail($"{ClientId}: fetching missed operations failed: {exception.Message}");
        }
        finally
        {
            lock (gate)
            {
                catchingUp = false;
                ApplyBacklogLocked();
            }
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
