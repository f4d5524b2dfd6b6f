using Kooperationsraum.Bench.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>
/// Replays a trace through a document grain with editors that run at once and take over runs of its transactions in
/// turn, as <see cref="SplitReplay"/> does in memory. An editor types its next transaction once it has every earlier
/// one (its own possibly still unconfirmed), a random burst at a time, as if typed while its previous message was on
/// its way; it sends what it has not sent yet in one message on its synced version, and learns the others' operations,
/// and the confirmation of its own, only from the document's stream (the gap fetch), never from the acknowledgement.
/// </summary>
public sealed class GrainTraceReplay
{
    private readonly Trace trace;
    private readonly IDocumentGrain document;
    private readonly Random[] bursts;
    private readonly int[] owners;
    private readonly SemaphoreSlim[] wake;
    private int typed;

    public GrainTraceReplay(Trace trace, IDocumentGrain document, int editors, int seed)
    {
        this.trace = trace;
        this.document = document;
        var random = new Random(seed);
        Editors = Enumerable.Range(0, editors).Select(i => new CollabClient($"editor-{i}", new DocumentSnapshot(trace.StartContent, 0))).ToList();
        wake = Editors.Select(_ => new SemaphoreSlim(0)).ToArray();
        bursts = Editors.Select(_ => new Random(random.Next())).ToArray();
        owners = new int[trace.Transactions.Count];
        for (var i = 0; i < owners.Length;)
        {
            var owner = random.Next(editors);
            for (var run = random.Next(1, 40); run > 0 && i < owners.Length; run--)
            {
                owners[i++] = owner;
            }
        }
    }

    public IReadOnlyList<CollabClient> Editors { get; }

    /// <summary>How many messages the editors sent.</summary>
    public int Messages { get; private set; }

    /// <summary>How many operations reached the document based on an older version than the one before their own.</summary>
    public int SentBehind { get; private set; }

    /// <summary>Runs every editor until all transactions are typed, durable and back in every editor.</summary>
    public async Task RunAsync()
    {
        if (trace.StartContent.Length > 0)
        {
            throw new InvalidOperationException($"{trace.Name} starts with text; the replay starts from an empty document.");
        }

        await Task.WhenAll(Enumerable.Range(0, Editors.Count).Select(editor => Task.Run(() => RunEditorAsync(editor))));
    }

    private async Task RunEditorAsync(int index)
    {
        var editor = Editors[index];
        while (true)
        {
            foreach (var update in await document.GetSinceAsync(Anna, editor.SyncedVersion))
            {
                editor.Receive(update);
            }

            for (var burst = bursts[index].Next(1, 200); burst > 0; burst--)
            {
                var next = Volatile.Read(ref typed);
                if (next == owners.Length || owners[next] != index || editor.SyncedVersion + editor.UnconfirmedCount != next)
                {
                    break;
                }

                editor.Edit(trace.Transactions[next]);
                Volatile.Write(ref typed, next + 1);
            }

            var sendable = editor.TakeSendable();
            if (sendable.Count > 0)
            {
                await SendAsync(sendable);
                continue;
            }

            if (Volatile.Read(ref typed) == owners.Length && editor.UnconfirmedCount == 0 && editor.SyncedVersion == owners.Length)
            {
                return;
            }

            await wake[index].WaitAsync();
        }
    }

    private async Task SendAsync(IReadOnlyList<Submission> sendable)
    {
        foreach (var message in sendable.Chunk(DocumentLimits.MaxOperationsPerSubmission))
        {
            var results = await document.SubmitAsync(
                Anna, message[0].BaseVersion, [.. message.Select(submission => new UnconfirmedOperation(submission.Id, submission.Operation))]);
            lock (wake)
            {
                Messages++;
                SentBehind += results.Count(result => result.Version - 1 > message[0].BaseVersion);
            }
        }

        // Durable now, so every editor may fetch it; a release before an editor waits is kept for it.
        foreach (var signal in wake)
        {
            signal.Release();
        }
    }
}
