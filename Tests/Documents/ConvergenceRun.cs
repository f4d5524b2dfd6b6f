using Kooperationsraum.Bench.Documents;
using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

/// <summary>
/// One seeded run of several editors on one document: random local edits, messages that wait a random time in
/// either direction (so the server receives the editors' operations interleaved in random order), connections
/// that drop (losing what was in flight, or delivering part of it late, after the editor has resent it on a new
/// connection), catch-up by version after a reconnect, and compactions. Throws on the first broken rule.
/// </summary>
public sealed class ConvergenceRun
{
    private readonly Random random;
    private readonly DocumentLog server;
    private readonly List<SimulatedPeer> peers;
    private readonly List<Queue<Submission>> lateCopies = [];
    private readonly Dictionary<OperationId, int> acknowledged = [];
    private int edits;

    public ConvergenceRun(int seed)
    {
        random = new Random(seed);
        StartText = RandomEdits.Text(random, 12);
        server = new DocumentLog(new DocumentSnapshot(StartText, 0));
        peers = Enumerable.Range(0, random.Next(2, 5))
            .Select(i => new SimulatedPeer(new CollabClient($"client-{i}", server.GetCurrent())))
            .ToList();
    }

    public string StartText { get; }

    /// <summary>Every submission in the order the server received it, for replaying into other logs.</summary>
    public List<Submission> Received { get; } = [];

    public int Duplicates { get; private set; }

    public int LateCopiesRefused { get; private set; }

    public int Transformed { get; private set; }

    public void Run(int steps)
    {
        for (var step = 0; step < steps; step++)
        {
            Step();
        }

        Settle();
        Verify();
    }

    private void Step()
    {
        var peer = peers[random.Next(peers.Count)];
        var dice = random.Next(100);
        if (dice < 25)
        {
            peer.Client.Edit(RandomEdits.Operation(random, peer.Client.Text));
            edits++;
        }
        else if (dice < 40)
        {
            Send(peer);
        }
        else if (dice < 65)
        {
            DeliverToServer();
        }
        else if (dice < 90)
        {
            DeliverToClient();
        }
        else if (dice < 94)
        {
            Disconnect(peer);
        }
        else if (dice < 98)
        {
            Reconnect(peer);
        }
        else
        {
            server.Compact();
        }
    }

    private void Send(SimulatedPeer peer)
    {
        if (peer.Connected)
        {
            foreach (var submission in peer.Client.TakeSendable())
            {
                peer.Outbound.Enqueue(submission);
            }
        }
    }

    private void DeliverToServer()
    {
        var queues = peers.Where(peer => peer.Connected).Select(peer => peer.Outbound).Concat(lateCopies).Where(queue => queue.Count > 0).ToList();
        if (queues.Count == 0)
        {
            return;
        }

        var queue = queues[random.Next(queues.Count)];
        var submission = queue.Dequeue();
        var late = lateCopies.Contains(queue);
        Received.Add(submission);
        SubmitResult result;
        try
        {
            result = server.Submit(submission.Id, submission.BaseVersion, submission.Operation);
        }
        catch (DocumentRuleException refused) when (late && refused.Error is DocumentError.StaleBaseVersion or DocumentError.SequenceGap)
        {
            // A late copy of an operation whose predecessor was resent on the new connection, or that follows a
            // late copy refused so: the editor's resent copies on its new connection take their place.
            LateCopiesRefused++;
            return;
        }

        if (acknowledged.TryGetValue(result.Id, out var version) && version != result.Version)
        {
            throw new InvalidOperationException($"{result.Id} was acknowledged at version {version} and again at {result.Version}.");
        }

        acknowledged[result.Id] = result.Version;
        if (result.WasDuplicate)
        {
            Duplicates++;
            return;
        }

        if (submission.BaseVersion < result.Version - 1)
        {
            Transformed++;
        }

        var update = new AppliedOperation(result.Id, result.Version, result.Applied!);
        foreach (var peer in peers.Where(peer => peer.Connected))
        {
            peer.Inbound.Enqueue(update);
        }
    }

    private void DeliverToClient()
    {
        var receivers = peers.Where(peer => peer.Connected && peer.Inbound.Count > 0).ToList();
        if (receivers.Count > 0)
        {
            var peer = receivers[random.Next(receivers.Count)];
            peer.Client.Receive(peer.Inbound.Dequeue());
        }
    }

    private void Disconnect(SimulatedPeer peer)
    {
        if (!peer.Connected)
        {
            return;
        }

        // What was in flight is lost, or a part of it arrives late, in order, from the dead connection.
        var arrivesLate = random.Next(peer.Outbound.Count + 1);
        if (arrivesLate > 0)
        {
            lateCopies.Add(new Queue<Submission>(peer.Outbound.Take(arrivesLate)));
        }

        peer.Outbound = new Queue<Submission>();
        peer.Inbound.Clear();
        peer.Connected = false;
    }

    private void Reconnect(SimulatedPeer peer)
    {
        if (peer.Connected)
        {
            return;
        }

        foreach (var update in server.GetSince(peer.Client.SyncedVersion))
        {
            peer.Client.Receive(update);
        }

        peer.Connected = true;
        peer.Client.Reconnected();
        Send(peer);
    }

    private void Settle()
    {
        foreach (var peer in peers)
        {
            Reconnect(peer);
        }

        while (true)
        {
            foreach (var peer in peers)
            {
                Send(peer);
            }

            if (peers.All(peer => peer.Outbound.Count == 0 && peer.Inbound.Count == 0) && lateCopies.All(queue => queue.Count == 0))
            {
                return;
            }

            while (peers.Any(peer => peer.Outbound.Count > 0 || peer.Inbound.Count > 0) || lateCopies.Any(queue => queue.Count > 0))
            {
                if (random.Next(2) == 0)
                {
                    DeliverToServer();
                }
                else
                {
                    DeliverToClient();
                }
            }
        }
    }

    private void Verify()
    {
        var text = server.GetText();
        foreach (var peer in peers)
        {
            peer.Client.Text.Should().Be(text, $"{peer.Client.ClientId} must hold the server's text");
            peer.Client.SyncedVersion.Should().Be(server.Version);
            peer.Client.UnconfirmedCount.Should().Be(0, $"{peer.Client.ClientId} must have every edit confirmed");
        }

        var log = server.GetSince(server.OldestVersion);
        server.OldestVersion.Should().Be(0, "the run is shorter than the retained history");
        log.Select(entry => entry.Id).Should().OnlyHaveUniqueItems("no operation is applied twice");
        log.Should().HaveCount(edits, "every edit is applied once");
        // One check over all acknowledgements rather than one assertion each: they are thousands per test run.
        acknowledged.Where(ack => log[ack.Value - 1].Id != ack.Key).Should().BeEmpty("an acknowledgement names the version that holds the operation");

        log.Aggregate(StartText, (current, entry) => entry.Operation.ApplyTo(current)).Should().Be(text, "the log replays to the text");
        DocumentLog.FromState(server.ToState()).GetText().Should().Be(text, "the persisted state rebuilds the text");
    }
}
