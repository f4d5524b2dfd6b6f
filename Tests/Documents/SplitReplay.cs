using Kooperationsraum.Bench.Documents;
using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

/// <summary>
/// Replays a trace with several editors that take over runs of its transactions in turn. An editor types its
/// next transaction as soon as it has every earlier one (its own possibly still unconfirmed), and messages wait a
/// random time in both directions, so editors send many operations ahead of their confirmations and the server
/// rebases them over the editor's own unconfirmed ones.
/// </summary>
public sealed class SplitReplay
{
    private readonly Trace trace;
    private readonly Random random;
    private readonly int[] owners;
    private readonly Queue<Submission>[] outbound;
    private readonly Queue<AppliedOperation>[] inbound;

    public SplitReplay(Trace trace, int editors, int seed)
    {
        this.trace = trace;
        random = new Random(seed);
        Log = new DocumentLog(new DocumentSnapshot(trace.StartContent, 0));
        Editors = Enumerable.Range(0, editors).Select(i => new CollabClient($"editor-{i}", Log.GetCurrent())).ToList();
        outbound = Editors.Select(_ => new Queue<Submission>()).ToArray();
        inbound = Editors.Select(_ => new Queue<AppliedOperation>()).ToArray();
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

    public DocumentLog Log { get; }

    public IReadOnlyList<CollabClient> Editors { get; }

    /// <summary>How many operations reached the server based on an older version than the current one.</summary>
    public int SentBehind { get; private set; }

    public void Run()
    {
        var next = 0;
        while (next < owners.Length || outbound.Any(queue => queue.Count > 0) || inbound.Any(queue => queue.Count > 0))
        {
            var dice = random.Next(4);
            if (dice == 0 && next < owners.Length && TryType(next))
            {
                next++;
            }
            else if (dice <= 1)
            {
                DeliverToServer();
            }
            else
            {
                DeliverToEditor();
            }
        }
    }

    private bool TryType(int index)
    {
        var owner = owners[index];
        var editor = Editors[owner];
        if (editor.SyncedVersion + editor.UnconfirmedCount != index)
        {
            return false;
        }

        editor.Edit(trace.Transactions[index]);
        foreach (var submission in editor.TakeSendable())
        {
            outbound[owner].Enqueue(submission);
        }

        return true;
    }

    private void DeliverToServer()
    {
        var senders = outbound.Where(queue => queue.Count > 0).ToList();
        if (senders.Count == 0)
        {
            return;
        }

        var submission = senders[random.Next(senders.Count)].Dequeue();
        var result = Log.Submit(submission.Id, submission.BaseVersion, submission.Operation);
        if (submission.BaseVersion < result.Version - 1)
        {
            SentBehind++;
        }

        var update = new AppliedOperation(result.Id, result.Version, result.Applied!);
        foreach (var queue in inbound)
        {
            queue.Enqueue(update);
        }
    }

    private void DeliverToEditor()
    {
        var receivers = Enumerable.Range(0, Editors.Count).Where(i => inbound[i].Count > 0).ToList();
        if (receivers.Count > 0)
        {
            var receiver = receivers[random.Next(receivers.Count)];
            Editors[receiver].Receive(inbound[receiver].Dequeue());
        }
    }
}
