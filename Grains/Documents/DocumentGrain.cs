using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// One document, with group commit: an operation is ordered into the in-memory <see cref="DocumentLog"/> at once and
/// its caller then waits for the next state write. A single flush loop writes the state once for everything applied
/// since its previous write, then acknowledges all of it and notifies observers once. Reads show durable versions
/// only, and a failed write rolls the grain back to what storage holds, so nothing unacknowledged is ever visible.
/// </summary>
[Reentrant]
public sealed class DocumentGrain([PersistentState("document")] IPersistentState<DocumentState> storage)
    : Grain, IDocumentGrain
{
    // Every write carries the whole state, so the retained log is kept short. Compacting every 500 operations with
    // 2,000 retained keeps the previous snapshot inside the retained log (a batch adds at most 500 more, and the log
    // trims at most to the latest snapshot), so every version since that snapshot can be rebuilt for the history.
    private const int CompactionInterval = 500;
    private const int MaxBatchOperations = 500;
    private static readonly DocumentLogOptions LogOptions = new() { RetainedOperations = 2_000 };
    private static readonly TimeSpan RevisionGap = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan SubscriptionExpiry = TimeSpan.FromMinutes(3);

    // This host runs the calls of a reentrant grain in parallel, not merely interleaved as Orleans does, so every
    // field below is touched under the gate; nothing awaits while holding it.
    private readonly Lock gate = new();
    private ObserverManager<IDocumentObserver>? observers;
    private DocumentState durable = new();
    private int durableVersion;
    private string workspaceId = string.Empty;
    private string title = string.Empty;
    private ChangeStamp? created;
    private ChangeStamp? changed;
    private bool deleted;
    private DocumentLog? log;
    private DocumentSnapshot? historyBase;
    private List<DocumentRevision> revisions = [];
    private DocumentBatch open = new();
    private DocumentBatch? inFlight;
    private bool flushing;

    // Set while a failed write is rolled back; changes wait for it and then apply to what storage holds.
    private Task? recovery;

    // Set when storage could not even be read back; the activation refuses changes until a fresh one reads the state.
    private bool broken;

    private ObserverManager<IDocumentObserver> Observers => observers ??= new(SubscriptionExpiry, Context.TimeProvider);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        storage.State.UpgradeSchema();
        lock (gate)
        {
            Load(storage.State);
        }

        return Task.CompletedTask;
    }

    public async Task<DocumentSnapshot> CreateAsync(Actor actor, string workspaceId, string title)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await ChangeAsync(() =>
        {
            CheckWritable();
            if (deleted)
            {
                throw Deleted();
            }

            if (created is not null)
            {
                throw new DocumentRuleException(DocumentError.DocumentAlreadyExists, $"Document '{GetPrimaryKeyString()}' exists already.");
            }

            if (string.IsNullOrWhiteSpace(workspaceId))
            {
                throw new DocumentRuleException(DocumentError.InvalidWorkspace, "A document belongs to a workspace; the workspace id is empty.");
            }

            var validTitle = ValidTitle(title);
            this.workspaceId = workspaceId;
            this.title = validTitle;
            created = changed = Stamp(actor);
            log = new DocumentLog(LogOptions);
            open.MarkChanged();
            return Enqueue();
        });
        return new DocumentSnapshot(string.Empty, 0);
    }

    public Task<DocumentInfo?> GetInfoAsync() =>
        Read(() =>
        {
            if (durable.Deleted)
            {
                throw Deleted();
            }

            return durable.Exists
                ? new DocumentInfo(GetPrimaryKeyString(), durable.WorkspaceId, durable.Title, durable.Created!, durable.Changed!, durableVersion)
                : null;
        });

    public Task RenameAsync(Actor actor, string title)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeAsync(() =>
        {
            CurrentLog();
            this.title = ValidTitle(title);
            changed = Stamp(actor);
            open.MarkChanged();
            return Enqueue();
        });
    }

    public Task DeleteAsync(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeAsync(() =>
        {
            CurrentLog();
            deleted = true;
            open.MarkChanged();
            return Enqueue();
        });
    }

    public Task<DocumentSnapshot> GetSnapshotAsync() => Read(() => TextAt(DurableLog(), durableVersion));

    public Task<SubmitResult> SubmitAsync(Actor actor, OperationId id, int baseVersion, TextOperation operation) =>
        OrderAsync(actor, document => document.Submit(id, baseVersion, operation));

    public Task<IReadOnlyList<AppliedOperation>> GetSinceAsync(int version) =>
        Read<IReadOnlyList<AppliedOperation>>(() =>
        {
            var document = DurableLog();
            CheckDurableVersion(version);
            return [.. document.GetSince(version).Take(durableVersion - version)];
        });

    public Task<IReadOnlyList<DocumentRevision>> GetHistoryAsync(int count) =>
        Read<IReadOnlyList<DocumentRevision>>(() =>
        {
            DurableLog();
            return [.. durable.Revisions.AsEnumerable().Reverse().Take(Math.Max(0, count))];
        });

    public Task<DocumentSnapshot> GetVersionAsync(int version) =>
        Read(() =>
        {
            var document = DurableLog();
            CheckDurableVersion(version);
            return TextAt(document, version);
        });

    public Task<SubmitResult> RestoreAsync(Actor actor, int version, OperationId id) =>
        OrderAsync(actor, document =>
        {
            CheckDurableVersion(version);
            var restored = TextAt(document, version).Text;
            return document.Submit(id, document.Version, TextDiff.Replacement(document.GetText(), restored));
        });

    public Task SubscribeAsync(IDocumentObserver observer) =>
        Read(() =>
        {
            DurableLog();
            Observers.Subscribe(observer);
            return true;
        });

    public Task UnsubscribeAsync(IDocumentObserver observer)
    {
        lock (gate)
        {
            Observers.Unsubscribe(observer);
        }

        return Task.CompletedTask;
    }

    // Validation and application happen in one hold of the gate, so no other call can slip in between them.
    private async Task<SubmitResult> OrderAsync(Actor actor, Func<DocumentLog, SubmitResult> submit)
    {
        ArgumentNullException.ThrowIfNull(actor);
        while (true)
        {
            SubmitResult? result = null;
            Task durability;
            lock (gate)
            {
                if (recovery is not null)
                {
                    durability = recovery;
                }
                else
                {
                    var document = CurrentLog();
                    if (open.Operations.Count >= MaxBatchOperations)
                    {
                        // Bounds a write, and keeps the history's snapshot inside the retained log (see CompactionInterval).
                        durability = open.Durable;
                    }
                    else
                    {
                        result = submit(document);
                        durability = result.WasDuplicate ? DurabilityOf(result.Version) : Track(actor, result);
                    }
                }
            }

            if (result is null)
            {
                await durability.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            await durability;
            return result;
        }
    }

    // Title, creation and deletion: changed in memory under the gate, then written by the flush loop like operations.
    private async Task ChangeAsync(Func<Task> change)
    {
        while (true)
        {
            Task? pending;
            Task durability;
            lock (gate)
            {
                pending = recovery;
                durability = pending ?? change();
            }

            if (pending is null)
            {
                await durability;
                return;
            }

            await pending;
        }
    }

    private Task Track(Actor actor, SubmitResult result)
    {
        var now = Context.TimeProvider.GetUtcNow();
        if (revisions.Count > 0 && revisions[^1] is var last
            && last.PersonId == actor.PersonId && last.Version == result.Version - 1 && now - last.At <= RevisionGap)
        {
            revisions[^1] = last with { Version = result.Version, At = now, Operations = last.Operations + 1 };
        }
        else
        {
            revisions.Add(new DocumentRevision(result.Version, result.Version, actor.PersonId, actor.DisplayName, now, now, 1));
        }

        changed = new ChangeStamp(actor.PersonId, actor.DisplayName, now);
        open.Add(new AppliedOperation(result.Id, result.Version, result.Applied!));
        return Enqueue();
    }

    // A resend is acknowledged only once the operation it repeats is durable.
    private Task DurabilityOf(int version) =>
        version <= durableVersion ? Task.CompletedTask
        : inFlight is not null && version <= inFlight.LastVersion ? inFlight.Durable
        : open.Durable;

    private Task Enqueue()
    {
        if (!flushing)
        {
            flushing = true;
            _ = Task.Run(FlushLoopAsync);
        }

        return open.Durable;
    }

    private async Task FlushLoopAsync()
    {
        while (true)
        {
            DocumentBatch batch;
            DocumentState next;
            lock (gate)
            {
                if (open.IsEmpty)
                {
                    flushing = false;
                    return;
                }

                batch = open;
                open = new DocumentBatch();
                batch.LastVersion = log?.Version ?? 0;
                inFlight = batch;
                CompactIfDue();
                next = ToState();
            }

            try
            {
                storage.State = next;
                await storage.WriteStateAsync();
            }
            catch (Exception exception)
            {
                await RecoverAsync(batch, exception);
                return;
            }

            lock (gate)
            {
                durable = next;
                durableVersion = batch.LastVersion;
                inFlight = null;
                if (next.Deleted)
                {
                    log = null;
                    historyBase = null;
                    revisions = [];
                }

                if (batch.Operations.Count > 0)
                {
                    Observers.Notify(observer => observer.OnOperationsApplied(GetPrimaryKeyString(), batch.Operations));
                }
            }

            batch.Complete();
        }
    }

    // Everything applied since the last durable write is dropped, its callers fail and resend by id; the editors'
    // progress comes back from storage with it, so the dedup recognises exactly the operations that are durable.
    // Re-reading rather than keeping the last written state also covers a write that committed but reported failure.
    private async Task RecoverAsync(DocumentBatch batch, Exception failure)
    {
        DocumentBatch later;
        var recovered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            recovery = recovered.Task;
            inFlight = null;
            later = open;
            open = new DocumentBatch();
            storage.State = durable;
        }

        try
        {
            await storage.ReadStateAsync();
            lock (gate)
            {
                Load(storage.State);
            }
        }
        catch (Exception)
        {
            lock (gate)
            {
                storage.State = durable;
                broken = true;
            }

            DeactivateOnIdle();
        }

        batch.Fail(failure);
        later.Fail(failure);
        lock (gate)
        {
            recovery = null;
            flushing = false;
        }

        recovered.SetResult();
    }

    private void Load(DocumentState state)
    {
        durable = state;
        workspaceId = state.WorkspaceId;
        title = state.Title;
        created = state.Created;
        changed = state.Changed;
        deleted = state.Deleted;
        log = state.Log is null || state.Deleted ? null : DocumentLog.FromState(state.Log, LogOptions);
        historyBase = state.HistoryBase;
        revisions = [.. state.Revisions];
        durableVersion = log?.Version ?? 0;
    }

    private DocumentState ToState() =>
        deleted
            ? new DocumentState { Id = GetPrimaryKeyString(), Deleted = true }
            : new DocumentState
            {
                Id = GetPrimaryKeyString(),
                WorkspaceId = workspaceId,
                Title = title,
                Created = created,
                Changed = changed,
                Log = log?.ToState(),
                HistoryBase = historyBase,
                Revisions = [.. revisions],
            };

    private void CompactIfDue()
    {
        if (log is null || log.OperationsSinceSnapshot < CompactionInterval)
        {
            return;
        }

        historyBase = log.Snapshot;
        log.Compact();
        var floor = Bases(log).Min(snapshot => snapshot.Version);
        revisions.RemoveAll(revision => revision.Version < floor);
    }

    // Operations carry no deleted text, so a version is rebuilt forwards from the newest snapshot at or before it.
    private DocumentSnapshot TextAt(DocumentLog document, int version)
    {
        if (version == document.Version)
        {
            return document.GetCurrent();
        }

        var start = Bases(document).Where(snapshot => snapshot.Version <= version).MaxBy(snapshot => snapshot.Version)
            ?? throw new DocumentRuleException(
                DocumentError.VersionTooOld,
                $"Version {version} is older than the retained history, which starts at version {Bases(document).Min(snapshot => snapshot.Version)}.");
        var buffer = new TextBuffer(start.Text);
        foreach (var entry in document.GetSince(start.Version).Take(version - start.Version))
        {
            buffer.Apply(entry.Operation);
        }

        return new DocumentSnapshot(buffer.ToString(), version);
    }

    private IEnumerable<DocumentSnapshot> Bases(DocumentLog document)
    {
        yield return document.Snapshot;
        if (historyBase is not null && historyBase.Version >= document.OldestVersion)
        {
            yield return historyBase;
        }
    }

    private void CheckDurableVersion(int version)
    {
        if (version < 0 || version > durableVersion)
        {
            throw new DocumentRuleException(DocumentError.UnknownVersion, $"Version {version} is unknown; the document is at version {durableVersion}.");
        }
    }

    // The log that changes apply to; refused while the document does not exist, is deleted, or lost its storage.
    private DocumentLog CurrentLog()
    {
        CheckWritable();
        if (deleted)
        {
            throw Deleted();
        }

        return log ?? throw NotFound();
    }

    // The log that reads look into, for a document whose creation is durable; reads never go past durableVersion.
    private DocumentLog DurableLog()
    {
        if (durable.Deleted)
        {
            throw Deleted();
        }

        return durable.Exists && log is not null ? log : throw NotFound();
    }

    private void CheckWritable()
    {
        if (broken)
        {
            throw new InvalidOperationException(
                $"Document '{GetPrimaryKeyString()}' could not read its state back after a failed write; resend the change with the same id.");
        }
    }

    private Task<TResult> Read<TResult>(Func<TResult> query)
    {
        try
        {
            lock (gate)
            {
                return Task.FromResult(query());
            }
        }
        catch (Exception exception)
        {
            return Task.FromException<TResult>(exception);
        }
    }

    private ChangeStamp Stamp(Actor actor) => new(actor.PersonId, actor.DisplayName, Context.TimeProvider.GetUtcNow());

    private static string ValidTitle(string title)
    {
        var trimmed = title?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > DocumentLimits.MaxTitleLength)
        {
            throw new DocumentRuleException(DocumentError.InvalidTitle, $"A title has 1 to {DocumentLimits.MaxTitleLength} characters.");
        }

        return trimmed;
    }

    private DocumentRuleException NotFound() =>
        new(DocumentError.DocumentNotFound, $"Document '{GetPrimaryKeyString()}' does not exist.");

    private DocumentRuleException Deleted() =>
        new(DocumentError.DocumentDeleted, $"Document '{GetPrimaryKeyString()}' was deleted.");
}
