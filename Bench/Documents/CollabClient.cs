using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Bench.Documents;

/// <summary>
/// An editor as @codemirror/collab models it: local changes stay unconfirmed until the server's stream brings
/// them back; every other operation in the stream rebases the unconfirmed ones (<c>receiveUpdates</c> with one
/// update at a time); sendable operations go out with the synced version; after a reconnect all unconfirmed
/// ones go out again with their ids.
/// </summary>
/// <remarks>
/// Hundreds of these share one process in the hub benchmark, each rebasing its unconfirmed keystrokes over every
/// keystroke of everyone else, while in reality every editor has a browser of its own. So they are rebased as the
/// server does it (<see cref="MappedOperation"/>), which builds an operation only when one is sent or the general rule
/// is needed.
/// </remarks>
public sealed class CollabClient(string clientId, DocumentSnapshot start)
{
    private readonly List<(OperationId Id, MappedOperation Changes)> unconfirmed = [];
    private int nextSequence = 1;
    private readonly TextBuffer text = new(start.Text);
    private int sentUpTo;

    public string ClientId { get; } = clientId;

    public string Text => text.ToString();

    public int Length => text.Length;

    public int SyncedVersion { get; private set; } = start.Version;

    public int UnconfirmedCount => unconfirmed.Count;

    /// <summary>A local edit: shown at once, unconfirmed until the server's stream confirms it.</summary>
    public OperationId Edit(TextOperation changes)
    {
        text.Apply(changes);
        var id = new OperationId(ClientId, nextSequence++);
        unconfirmed.Add((id, new MappedOperation(changes)));
        return id;
    }

    /// <summary>The unconfirmed operations not yet sent on this connection, as they stand now.</summary>
    public IReadOnlyList<Submission> TakeSendable()
    {
        var sendable = unconfirmed
            .Where(update => update.Id.Sequence > sentUpTo)
            .Select(update => new Submission(update.Id, SyncedVersion, update.Changes.Operation))
            .ToList();
        if (sendable.Count > 0)
        {
            sentUpTo = sendable[^1].Id.Sequence;
        }

        return sendable;
    }

    /// <summary>After a reconnect every unconfirmed operation counts as unsent.</summary>
    public void Reconnected() => sentUpTo = unconfirmed.Count > 0 ? unconfirmed[0].Id.Sequence - 1 : nextSequence - 1;

    public void Receive(AppliedOperation update)
    {
        if (update.Version != SyncedVersion + 1)
        {
            throw new InvalidOperationException($"{ClientId} at version {SyncedVersion} received version {update.Version}.");
        }

        SyncedVersion = update.Version;
        if (update.Id.ClientId == ClientId)
        {
            if (unconfirmed.Count == 0 || unconfirmed[0].Id != update.Id)
            {
                throw new InvalidOperationException($"{ClientId} received its own {update.Id}, which is not the first of its unconfirmed operations.");
            }

            unconfirmed.RemoveAt(0);
            return;
        }

        var remote = new MappedOperation(update.Operation);
        foreach (var (_, local) in unconfirmed)
        {
            local.MovePast(remote);
        }

        text.Apply(remote.Operation);
    }
}
