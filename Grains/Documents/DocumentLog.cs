using System.Collections.Immutable;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// Decides the order of a document's edits: holds the current text, the version (the number of operations
/// applied since the document began), the retained log of applied operations, a snapshot to compact to, and
/// what it needs of every editor to recognise resends and to transform late operations. Not thread-safe: its
/// owner (the document grain) calls it one turn at a time.
/// </summary>
public sealed class DocumentLog
{
    private readonly DocumentLogOptions options;
    private readonly TextBuffer buffer;

    // The applied operations with versions oldest + 1 .. Version.
    private readonly List<AppliedOperation> operations = [];
    private readonly Dictionary<OperationId, int> versionsById = [];
    private readonly Dictionary<string, ClientState> clients = new(StringComparer.Ordinal);
    private int oldest;

    // The transformation of the latest operation, which the next one of the same message continues; null when spoiled.
    private RebaseMemo? memo;

    // The editor of the latest operations and the version its unbroken run of them began with; null when none is retained.
    private string? runClient;
    private int runStart;

    /// <summary>An empty document at version 0.</summary>
    public DocumentLog(DocumentLogOptions? options = null)
        : this(new DocumentSnapshot(string.Empty, 0), options)
    {
    }

    /// <summary>A document that starts from <paramref name="snapshot"/> with no operations retained.</summary>
    public DocumentLog(DocumentSnapshot snapshot, DocumentLogOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfNegative(snapshot.Version);
        this.options = options ?? new DocumentLogOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(this.options.RetainedOperations);
        buffer = new TextBuffer(snapshot.Text);
        Snapshot = snapshot;
        Version = snapshot.Version;
        oldest = snapshot.Version;
    }

    /// <summary>The number of operations applied since the document began.</summary>
    public int Version { get; private set; }

    /// <summary>The current length in UTF-16 code units.</summary>
    public int Length => buffer.Length;

    /// <summary>The oldest version an operation may be based on and <see cref="GetSince"/> may start from.</summary>
    public int OldestVersion => oldest;

    /// <summary>The latest snapshot; the current text is this plus the operations after it.</summary>
    public DocumentSnapshot Snapshot { get; private set; }

    /// <summary>How many operations were applied after <see cref="Snapshot"/>; the owner compacts when this grows.</summary>
    public int OperationsSinceSnapshot => Version - Snapshot.Version;

    public string GetText() => buffer.ToString();

    public string GetText(int start, int length) => buffer.Substring(start, length);

    /// <summary>The current text and version, for an editor that loads the document.</summary>
    public DocumentSnapshot GetCurrent() => new(buffer.ToString(), Version);

    /// <summary>
    /// Orders one operation of one editor into the document and returns the version it produced and its form there.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <paramref name="baseVersion"/> is the editor's synced version (@codemirror/collab's
    /// <c>getSyncedVersion</c>) when it sent the operation, and the operation applies to what the editor showed
    /// then: the document at that version followed by the editor's own earlier operations that it had not yet
    /// seen come back in the server's stream (its unconfirmed ones).
    /// An editor may therefore send every unconfirmed operation at once, as <c>sendableUpdates</c> hands them
    /// out, and resend them all with their ids after a reconnect.
    /// </para>
    /// <para>
    /// An operation based on an older version is transformed here, on the server, over everything applied since,
    /// exactly as @codemirror/collab's <c>receiveUpdates</c> rebases an editor's unconfirmed operations: one
    /// applied operation at a time, the editor's own ones confirming the head of its unconfirmed list, every
    /// other one mapping the list with the server's operation first. The editor does the same on its side when it
    /// receives the operations one at a time, and so ends with exactly the server's text. The alternative, to
    /// refuse and let the editor rebase and resend, turns contention into retry storms: with many editors on one
    /// document, each resend is likely to be overtaken again, so the busiest documents would waste the most round
    /// trips and resend operations others have already received.
    /// </para>
    /// <para>
    /// A known id (a sequence number at or below the editor's last applied one) is acknowledged again with the
    /// earlier answer and applies nothing. A skipped sequence number, an unknown version, a version older than
    /// the retained log (the editor must reload), a base older than the editor's previous one, and anything
    /// that does not fit the document are refused with a <see cref="DocumentRuleException"/> and change nothing.
    /// </para>
    /// <para>
    /// <paramref name="followedByMore"/> says whether the editor's next operation on the same base may follow at once;
    /// only then is the transformation remembered for it (<see cref="RebaseMemo"/>), which for an editor that sends one
    /// keystroke at a time would cost a mapped copy of every operation since its base, for nothing.
    /// </para>
    /// </remarks>
    public SubmitResult Submit(OperationId id, int baseVersion, TextOperation operation, bool followedByMore = true)
    {
        ArgumentNullException.ThrowIfNull(operation);
        CheckId(id);

        // Before any transformation work, so that an oversized operation costs nothing.
        TextBuffer.CheckContent(operation);
        clients.TryGetValue(id.ClientId, out var client);
        if (client is not null && id.Sequence <= client.LastSequence)
        {
            return Duplicate(id, client);
        }

        var expected = (client?.LastSequence ?? 0) + 1;
        if (id.Sequence != expected)
        {
            throw new DocumentRuleException(DocumentError.SequenceGap, $"Operation {id} skips ahead; the next operation of {id.ClientId} is number {expected}.");
        }

        CheckBase(baseVersion);
        if (client is not null && baseVersion < client.ViewVersion)
        {
            throw new DocumentRuleException(
                DocumentError.StaleBaseVersion,
                $"Operation {id} is based on version {baseVersion}, older than the version {client.ViewVersion} of its predecessor.");
        }

        // An editor's message carries many operations on one base; rebasing only when something came in between
        // keeps each of them from copying and walking the ones before it. A base at or after the editor's latest
        // applied operation has confirmed all of them, which is the usual case of an editor that waits for each
        // acknowledgement, and needs no walk over everything applied since its previous base.
        ImmutableList<TextOperation> pending = client is null || client.LastVersion <= baseVersion ? []
            : client.ViewVersion == baseVersion ? Persistent(client.Pending)
            : [.. Rebase([.. client.Pending], client.ViewVersion, baseVersion, id.ClientId)];
        var expectedLength = pending.Count > 0 ? pending[^1].NewLength : LengthAt(baseVersion);
        if (operation.Length != expectedLength)
        {
            throw new DocumentRuleException(
                DocumentError.LengthMismatch,
                $"Operation {id} applies to a document of length {operation.Length}, but version {baseVersion} with its unconfirmed predecessors has length {expectedLength}.");
        }

        var transformation = memo;
        memo = null;
        TextOperation applied;
        if (OnlyOwnSince(baseVersion, id.ClientId))
        {
            applied = operation;
            transformation = null;
        }
        else if (transformation is not null && transformation.Follows(id.ClientId, baseVersion, Version))
        {
            applied = transformation.Extend(operation);
        }
        else
        {
            transformation = followedByMore ? new RebaseMemo(id.ClientId, baseVersion) : null;
            applied = Rebase([.. pending, operation], baseVersion, Version, id.ClientId, transformation?.Remotes).Single();
        }

        buffer.Apply(applied);

        var entry = new AppliedOperation(id, Version + 1, applied);
        operations.Add(entry);
        versionsById[id] = entry.Version;
        Version = entry.Version;
        clients[id.ClientId] = new ClientState(id.ClientId, id.Sequence, entry.Version, baseVersion, pending.Add(operation));
        if (runClient != id.ClientId)
        {
            runClient = id.ClientId;
            runStart = entry.Version;
        }

        if (transformation is not null)
        {
            transformation.Version = Version;
            memo = transformation;
        }

        TrimIfDue();
        return new SubmitResult(id, entry.Version, applied, WasDuplicate: false);
    }

    /// <summary>The operations applied after <paramref name="version"/>, in order, for an editor that saw a gap.</summary>
    public IReadOnlyList<AppliedOperation> GetSince(int version)
    {
        CheckBase(version);
        return operations.GetRange(version - oldest, Version - version);
    }

    /// <summary>
    /// Takes a snapshot of the current text and drops the operations that are neither after it nor among the
    /// <see cref="DocumentLogOptions.RetainedOperations"/> most recent. Resends stay recognisable.
    /// </summary>
    public DocumentSnapshot Compact()
    {
        Snapshot = GetCurrent();
        TrimTo(Math.Max(oldest, Version - options.RetainedOperations));
        return Snapshot;
    }

    /// <summary>The state to persist, from which <see cref="FromState"/> rebuilds this log exactly.</summary>
    public DocumentLogState ToState() => new(Snapshot, [.. operations], [.. clients.Values]);

    /// <summary>Rebuilds a log from <see cref="ToState"/>: the snapshot, then the retained operations after it.</summary>
    public static DocumentLog FromState(DocumentLogState state, DocumentLogOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var log = new DocumentLog(state.Snapshot, options);
        if (state.Operations.Count > 0)
        {
            log.oldest = log.Version = state.Operations[0].Version - 1;
            if (log.oldest > state.Snapshot.Version || state.Operations[^1].Version < state.Snapshot.Version)
            {
                throw new ArgumentException("The operations must reach from at or before the snapshot to at or after it.", nameof(state));
            }
        }

        foreach (var entry in state.Operations)
        {
            if (entry.Version != log.Version + 1)
            {
                throw new ArgumentException($"Operation {entry.Id} has version {entry.Version}, expected {log.Version + 1}.", nameof(state));
            }

            if (entry.Version > state.Snapshot.Version)
            {
                log.buffer.Apply(entry.Operation);
            }

            log.operations.Add(entry);
            log.versionsById[entry.Id] = entry.Version;
            log.Version = entry.Version;
        }

        log.Version = Math.Max(log.Version, state.Snapshot.Version);
        for (var i = state.Operations.Count - 1; i >= 0 && state.Operations[i].Id.ClientId == state.Operations[^1].Id.ClientId; i--)
        {
            log.runClient = state.Operations[i].Id.ClientId;
            log.runStart = state.Operations[i].Version;
        }

        foreach (var client in state.Clients)
        {
            if (client.ViewVersion < log.oldest || client.LastVersion > log.Version)
            {
                throw new ArgumentException($"The progress of {client.ClientId} lies outside the retained operations.", nameof(state));
            }

            log.clients[client.ClientId] = client;
        }

        return log;
    }

    private SubmitResult Duplicate(OperationId id, ClientState client)
    {
        if (versionsById.TryGetValue(id, out var version))
        {
            return new SubmitResult(id, version, operations[version - oldest - 1].Operation, WasDuplicate: true);
        }

        return new SubmitResult(id, id.Sequence == client.LastSequence ? client.LastVersion : oldest, null, WasDuplicate: true);
    }

    // Replays what the editor does on receiving the operations (from, to]: its own confirm the head of its
    // unconfirmed list, every other one maps the rest of the list, itself mapped past each entry as it goes.
    // With remotes, it also keeps every other editor's operation as mapped past the whole list, which is what an
    // operation appended to the list would meet.
    private List<TextOperation> Rebase(List<TextOperation> unconfirmed, int from, int to, string clientId, List<MappedOperation>? remotes = null)
    {
        var locals = unconfirmed.ConvertAll(operation => new MappedOperation(operation));
        var confirmed = 0;
        for (var version = from + 1; version <= to; version++)
        {
            var entry = operations[version - oldest - 1];
            if (entry.Id.ClientId == clientId)
            {
                confirmed++;
                continue;
            }

            var remote = new MappedOperation(entry.Operation);
            for (var i = confirmed; i < locals.Count; i++)
            {
                // Past the last one only for the memo: nothing else looks at the remote mapped that far.
                locals[i].MovePast(remote, moveOther: i + 1 < locals.Count || remotes is not null);
            }

            remotes?.Add(remote);
        }

        return locals.GetRange(confirmed, locals.Count - confirmed).ConvertAll(local => local.Operation);
    }

    // With nothing of other editors after the base, the operation applies as it is: its own predecessors come first.
    private bool OnlyOwnSince(int version, string clientId) => (runClient == clientId ? runStart - 1 : Version) <= version;

    // Kept as a persistent list, so that adding an editor's next operation shares the ones before instead of copying them.
    private static ImmutableList<TextOperation> Persistent(IReadOnlyList<TextOperation> pending) =>
        pending as ImmutableList<TextOperation> ?? [.. pending];

    private int LengthAt(int version) => version == Version ? buffer.Length : operations[version - oldest].Operation.Length;

    private void TrimIfDue()
    {
        var target = Math.Min(Snapshot.Version, Version - options.RetainedOperations);

        // Trimming in steps keeps the per-editor bookkeeping off the path of most operations.
        if (target - oldest >= Math.Max(1, options.RetainedOperations / 8))
        {
            TrimTo(target);
        }
    }

    private void TrimTo(int newOldest)
    {
        if (newOldest <= oldest)
        {
            return;
        }

        foreach (var client in clients.Values.Where(client => client.ViewVersion < newOldest).ToList())
        {
            var pending = Rebase([.. client.Pending], client.ViewVersion, newOldest, client.ClientId);
            clients[client.ClientId] = client with { ViewVersion = newOldest, Pending = pending };
        }

        var dropped = newOldest - oldest;
        foreach (var entry in operations.Take(dropped))
        {
            versionsById.Remove(entry.Id);
        }

        operations.RemoveRange(0, dropped);
        oldest = newOldest;
    }

    private void CheckBase(int version)
    {
        if (version < 0 || version > Version)
        {
            throw new DocumentRuleException(DocumentError.UnknownVersion, $"Version {version} is unknown; the document is at version {Version}.");
        }

        if (version < oldest)
        {
            throw new DocumentRuleException(
                DocumentError.VersionTooOld,
                $"Version {version} is older than the retained history, which starts at version {oldest}; reload the document.");
        }
    }

    private static void CheckId(OperationId id)
    {
        if (id is null || string.IsNullOrEmpty(id.ClientId) || id.ClientId.Length > DocumentLimits.MaxClientIdLength || id.Sequence < 1)
        {
            throw new DocumentRuleException(
                DocumentError.InvalidOperationId,
                $"An operation id needs a client id of 1 to {DocumentLimits.MaxClientIdLength} characters and a sequence number from 1.");
        }
    }
}
