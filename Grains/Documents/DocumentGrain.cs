using System.Runtime.ExceptionServices;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// One document, with group commit: an operation is ordered into the in-memory <see cref="DocumentLog"/> at once and
/// its caller then waits for the next write. A single flush loop appends everything applied since its previous write
/// to the operation log in one small append, then acknowledges all of it and notifies observers once. The snapshot
/// state (text, retained operations, editors' progress, history, header) is written only when the header changes or
/// every few thousand operations, and the log is truncated below it; an activation loads the snapshot and replays the
/// log's tail. Reads show durable versions only, and a failed write rolls the grain back to what storage holds, so
/// nothing unacknowledged is ever visible. Reads and edits check the actor's rights first (<see cref="DocumentAccess"/>),
/// outside the gate, since that may wait for the workspace.
/// <para>
/// The durable operations are counted as editing sessions per organisation (<see cref="EditTally"/>, stored with the
/// snapshot and counted again when the log's tail is replayed). A write that changed the counts, and the deletion, start
/// a report to the workspace, which folds them into its dashboard summary. Sessions start rarely, so reports are rare; at
/// most one is on its way at a time and it carries the latest counts, so those that change meanwhile share the next one.
/// The report runs apart from the flush loop and from every call: the workspace may be waiting for this document (to
/// rename it, say) and answers only afterwards.
/// </para>
/// </summary>
[Reentrant]
public sealed class DocumentGrain(
    [PersistentState("document")] IPersistentState<DocumentState> storage,
    [PersistentLog("operations")] IPersistentLog<DocumentLogEntry> operationLog)
    : Grain, IDocumentGrain
{
    // A snapshot is written once this many operations followed the previous one, which bounds both the log an
    // activation replays and how often the whole text is written. Retaining one interval plus one batch keeps the
    // previous snapshot inside the retained log (the log trims at most to the latest snapshot), so every version since
    // that snapshot can be rebuilt for the history.
    private const int SnapshotInterval = 2_000;
    private const int MaxBatchOperations = DocumentLimits.MaxOperationsPerSubmission;
    private static readonly DocumentLogOptions LogOptions = new() { RetainedOperations = SnapshotInterval + MaxBatchOperations };
    private static readonly TimeSpan RevisionGap = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan SubscriptionExpiry = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan EditsRetryPeriod = TimeSpan.FromSeconds(5);

    // Thread-safe itself, so that the workspace can be asked without the gate.
    private DocumentAccess? access;

    // This host runs the calls of a reentrant grain in parallel, not merely interleaved as Orleans does, so every
    // field below is touched under the gate; nothing awaits while holding it.
    private readonly Lock gate = new();

    // Submissions are ordered one at a time by a single loop, started when the first one arrives and running until
    // none waits, on one of the ordering threads (OrderingThreads). Transforming one over a long run of others' operations holds the gate for a while, and hundreds of
    // parallel calls blocked on it starved the thread pool that the flush loop, the acknowledgements and the hub's
    // sends all need; a semaphore instead would hand over once per submission through the pool's queue. The flush
    // loop's two turns at the gate (taking the next batch, and marking it durable and notifying) run on the same loop,
    // ahead of the waiting submissions: taking the gate against a loop that retakes it at once after every step kept
    // a written batch from being acknowledged for 100 ms and more (a lock lets its releasing owner barge ahead).
    private readonly Queue<Action> ordering = [];
    private readonly Queue<Action> orderingAhead = [];
    private bool orderingRuns;
    private ObserverManager<IDocumentObserver>? observers;

    // The snapshot storage holds, the header and version that are durable, and the durable revisions.
    private DocumentState stored = new();
    private DocumentHeader durableHeader = DocumentHeader.None;
    private int durableVersion;
    private List<DocumentRevision> revisions = [];

    // The header and the log with everything applied, durable or not.
    private DocumentHeader header = DocumentHeader.None;
    private DocumentLog? log;
    private DocumentSnapshot? historyBase;
    private DocumentBatch open = new();
    private DocumentBatch? inFlight;
    private bool flushing;

    // Set while a failed write is rolled back; changes wait for it and then apply to what storage holds.
    private Task? recovery;

    // Set when storage could not even be read back; the activation refuses changes until a fresh one reads the state.
    private bool broken;

    // The editing sessions of the durable operations, what the workspace last took of them, and the report on its way.
    private EditTally edits = new();
    private DocumentEdits? reportedEdits;
    private bool reportingEdits;
    private IDisposable? editsRetry;

    private ObserverManager<IDocumentObserver> Observers => observers ??= new(SubscriptionExpiry, Context.TimeProvider);

    private DocumentAccess Access => LazyInitializer.EnsureInitialized(ref access, () => new(GrainFactory, Context.TimeProvider));

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var tail = await ReadStoredAsync(reread: false);
        if (storage.State.Deleted && operationLog.NextSequence > 0)
        {
            // Deletion truncates the log once the deletion is durable; this finishes one that failed after that.
            await operationLog.TruncateAsync(operationLog.NextSequence);
        }

        lock (gate)
        {
            Load(storage.State, tail);

            // The previous activation may have ended before its last report reached the workspace, which ignores one it has.
            ReportEdits();
        }
    }

    public async Task<DocumentSnapshot> CreateAsync(Actor actor, string workspaceId, string title)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await ChangeAsync(() =>
        {
            CheckWritable();
            if (header.Deleted)
            {
                throw Deleted();
            }

            if (header.Created is not null)
            {
                throw new DocumentRuleException(DocumentError.DocumentAlreadyExists, $"Document '{GetPrimaryKeyString()}' exists already.");
            }

            if (string.IsNullOrWhiteSpace(workspaceId))
            {
                throw new DocumentRuleException(DocumentError.InvalidWorkspace, "A document belongs to a workspace; the workspace id is empty.");
            }

            var stamp = Stamp(actor);
            header = new DocumentHeader(workspaceId, ValidTitle(title), stamp, stamp, Deleted: false);
            log = new DocumentLog(LogOptions);
            open.MarkHeaderChanged();
            return Enqueue();
        });
        return new DocumentSnapshot(string.Empty, 0);
    }

    public Task<DocumentInfo?> GetInfoAsync() =>
        Read(() =>
        {
            if (durableHeader.Deleted)
            {
                throw Deleted();
            }

            return durableHeader.Exists
                ? new DocumentInfo(GetPrimaryKeyString(), durableHeader.WorkspaceId, durableHeader.Title, durableHeader.Created!, durableHeader.Changed!, durableVersion)
                : null;
        });

    public Task RenameAsync(Actor actor, string title)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeAsync(() =>
        {
            CurrentLog();
            header = header with { Title = ValidTitle(title), Changed = Stamp(actor) };
            open.MarkHeaderChanged();
            return Enqueue();
        });
    }

    public Task DeleteAsync(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeAsync(() =>
        {
            CurrentLog();
            header = header with { Deleted = true };
            open.MarkHeaderChanged();
            return Enqueue();
        });
    }

    public async Task<bool> MayEditAsync(Actor actor)
    {
        await ReadAsync(actor, () => true);
        try
        {
            await DemandEditAsync(actor);
            return true;
        }
        catch (DocumentRuleException refusal) when (refusal.Error == DocumentError.AccessDenied)
        {
            return false;
        }
    }

    public Task<DocumentSnapshot> GetSnapshotAsync(Actor actor) => ReadAsync(actor, () => TextAt(DurableLog(), durableVersion));

    public async Task<IReadOnlyList<SubmitResult>> SubmitAsync(Actor actor, int baseVersion, IReadOnlyList<UnconfirmedOperation> operations)
    {
        if (operations is null || operations.Count is 0 or > DocumentLimits.MaxOperationsPerSubmission
            || operations.Any(operation => operation?.Id is null || operation.Operation is null))
        {
            throw new DocumentRuleException(
                DocumentError.InvalidSubmission,
                $"Submit between 1 and {DocumentLimits.MaxOperationsPerSubmission} operations, each with an id and changes.");
        }

        await DemandEditAsync(actor);
        return await OrderAsync(actor, operations.Count, _ => (baseVersion, operations));
    }

    public Task<IReadOnlyList<AppliedOperation>> GetSinceAsync(Actor actor, int version) =>
        ReadAsync<IReadOnlyList<AppliedOperation>>(actor, () =>
        {
            var document = DurableLog();
            CheckDurableVersion(version);
            return [.. document.GetSince(version).Take(durableVersion - version)];
        });

    public Task<IReadOnlyList<DocumentRevision>> GetHistoryAsync(Actor actor, int count) =>
        ReadAsync<IReadOnlyList<DocumentRevision>>(actor, () =>
        {
            DurableLog();
            return [.. revisions.AsEnumerable().Reverse().Take(Math.Max(0, count))];
        });

    public Task<DocumentSnapshot> GetVersionAsync(Actor actor, int version) =>
        ReadAsync(actor, () =>
        {
            var document = DurableLog();
            CheckDurableVersion(version);
            return TextAt(document, version);
        });

    public async Task<SubmitResult> RestoreAsync(Actor actor, int version, OperationId id)
    {
        await DemandEditAsync(actor);
        var results = await OrderAsync(actor, 1, document =>
        {
            CheckDurableVersion(version);
            var restored = TextAt(document, version).Text;
            return (document.Version, [new UnconfirmedOperation(id, TextDiff.Replacement(document.GetText(), restored))]);
        });
        return results[0];
    }

    public Task SubscribeAsync(Actor actor, IDocumentObserver observer) =>
        ReadAsync(actor, () =>
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

    public Task ForgetAccessAsync(string personId)
    {
        Access.Forget(personId);
        return Task.CompletedTask;
    }

    // Notified under the gate, as operations are, so that the revocation reaches each observer before any later write.
    public Task RevokeAccessAsync(IReadOnlyList<string> personIds)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        Access.ForgetAll();
        if (personIds.Count > 0)
        {
            IReadOnlyList<string> revoked = [.. personIds];
            lock (gate)
            {
                Observers.Notify(observer => observer.OnAccessRevoked(GetPrimaryKeyString(), revoked));
            }
        }

        return Task.CompletedTask;
    }

    public Task ForgetPersonAsync(Actor actor, string personId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(personId);
        if (!actor.IsAdministrator)
        {
            return Task.FromException(new DocumentRuleException(
                DocumentError.AccessDenied, $"Only administrators delete people; {actor.PersonId} is none."));
        }

        return ChangeAsync(() =>
        {
            CheckWritable();
            if (!header.Exists || !Names(personId))
            {
                return Task.CompletedTask;
            }

            var pseudonym = Pseudonym.Of(personId);
            header = header with { Created = Renamed(header.Created), Changed = Renamed(header.Changed) };
            open.Pseudonymised.Add(personId);
            open.MarkHeaderChanged();
            return Enqueue();

            ChangeStamp? Renamed(ChangeStamp? stamp) => stamp?.PersonId == personId ? stamp with { DisplayName = pseudonym } : stamp;
        });
    }

    // Whether the header, the history or an edit not yet written still names the person; under the gate.
    private bool Names(string personId)
    {
        var pseudonym = Pseudonym.Of(personId);
        bool Named(string id, string name) => id == personId && name != pseudonym;
        return (header.Created is { } created && Named(created.PersonId, created.DisplayName))
            || (header.Changed is { } changed && Named(changed.PersonId, changed.DisplayName))
            || revisions.Exists(revision => Named(revision.PersonId, revision.DisplayName))
            || open.Entries.Exists(entry => Named(entry.PersonId, entry.DisplayName))
            || (inFlight?.Entries.Exists(entry => Named(entry.PersonId, entry.DisplayName)) ?? false);
    }

    // Validation and application happen in one hold of the gate, so no other call can slip in between them, and the
    // operations of one submission land in one batch unless it would grow beyond the bound of a write.
    private async Task<IReadOnlyList<SubmitResult>> OrderAsync(
        Actor actor, int count, Func<DocumentLog, (int BaseVersion, IReadOnlyList<UnconfirmedOperation> Operations)> prepare)
    {
        ArgumentNullException.ThrowIfNull(actor);
        while (true)
        {
            Task? wait = null;
            Task durability = Task.CompletedTask;
            var results = new List<SubmitResult>(count);
            DocumentRuleException? refusal = null;
            await InOrderAsync(() =>
            {
                lock (gate)
                {
                    if (recovery is not null)
                    {
                        wait = recovery;
                    }
                    else
                    {
                        var document = CurrentLog();
                        if (open.Entries.Count > 0 && open.Entries.Count + count > MaxBatchOperations)
                        {
                            wait = open.Durable;
                        }
                        else
                        {
                            var (baseVersion, submitted) = prepare(document);
                            var now = Context.TimeProvider.GetUtcNow();
                            try
                            {
                                for (var i = 0; i < submitted.Count; i++)
                                {
                                    var operation = submitted[i];
                                    var result = document.Submit(operation.Id, baseVersion, operation.Operation, followedByMore: i + 1 < submitted.Count);
                                    results.Add(result);
                                    if (!result.WasDuplicate)
                                    {
                                        Track(actor, baseVersion, operation, result, now);
                                    }
                                }
                            }
                            catch (DocumentRuleException refused)
                            {
                                refusal = refused;
                            }

                            // Batches become durable in order, so waiting for the one that holds the newest result is enough.
                            if (results.Count > 0)
                            {
                                durability = DurabilityOf(results.Max(result => result.Version));
                            }
                        }
                    }
                }
            });

            if (wait is not null)
            {
                await wait.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            await durability;
            if (refusal is not null)
            {
                ExceptionDispatchInfo.Throw(refusal);
            }

            return results;
        }
    }

    // A step ahead runs before every waiting submission: the flush loop's, so that a write's acknowledgements and
    // broadcasts never queue behind hundreds of transformations.
    private Task InOrderAsync(Action step, bool ahead = false)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (ordering)
        {
            (ahead ? orderingAhead : ordering).Enqueue(() =>
            {
                try
                {
                    step();
                    done.SetResult();
                }
                catch (Exception exception)
                {
                    done.SetException(exception);
                }
            });
            if (!orderingRuns)
            {
                orderingRuns = true;
                OrderingThreads.Start(OrderingLoop);
            }
        }

        return done.Task;
    }

    private void OrderingLoop()
    {
        while (true)
        {
            Action? step;
            lock (ordering)
            {
                if (!orderingAhead.TryDequeue(out step) && !ordering.TryDequeue(out step))
                {
                    orderingRuns = false;
                    return;
                }
            }

            step();
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

    private void Track(Actor actor, int baseVersion, UnconfirmedOperation submitted, SubmitResult result, DateTimeOffset now)
    {
        header = header with { Changed = new ChangeStamp(actor.PersonId, actor.DisplayName, now) };
        open.Add(
            new DocumentLogEntry(
                result.Id, baseVersion, submitted.Operation, result.Version, actor.PersonId, actor.DisplayName, now, actor.OrganisationId),
            new AppliedOperation(result.Id, result.Version, result.Applied!));
        Enqueue();
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
            DocumentBatch? taken = null;
            DocumentState? snapshot = null;
            long previousPosition = 0;
            await InOrderAsync(
                () =>
                {
                    lock (gate)
                    {
                        if (open.IsEmpty)
                        {
                            flushing = false;
                            return;
                        }

                        taken = open;
                        open = new DocumentBatch();
                        taken.LastVersion = log?.Version ?? 0;
                        taken.Header = header;
                        inFlight = taken;
                        previousPosition = stored.LogPosition;
                        if (header.Deleted)
                        {
                            snapshot = new DocumentState
                            {
                                Id = GetPrimaryKeyString(),
                                WorkspaceId = header.WorkspaceId,
                                Deleted = true,
                                Edits = CountedWith(taken).ToState(withEditors: false),
                            };
                        }
                        else
                        {
                            var compacted = CompactIfDue();
                            snapshot = compacted || taken.HeaderChanged ? ToState(taken) : null;
                        }
                    }
                },
                ahead: true);
            if (taken is not { } batch)
            {
                return;
            }

            try
            {
                // The append comes first even before a snapshot: it moves the log's head, so that a second writer that
                // read the log earlier fails instead of appending behind a snapshot it does not know.
                if (!batch.Header.Deleted && batch.Entries.Count > 0)
                {
                    await operationLog.AppendAsync(batch.Entries);
                }

                if (snapshot is not null)
                {
                    snapshot.LogPosition = operationLog.NextSequence;
                    storage.State = snapshot;
                    await storage.WriteStateAsync();
                }
            }
            catch (Exception exception)
            {
                await RecoverAsync(batch, exception);
                return;
            }

            await InOrderAsync(
                () =>
                {
                    lock (gate)
                    {
                        durableHeader = batch.Header;
                        durableVersion = batch.LastVersion;
                        inFlight = null;
                        if (snapshot is not null)
                        {
                            stored = snapshot;
                            revisions = [.. snapshot.Revisions];
                            edits = EditTally.FromState(snapshot.Edits);
                        }
                        else
                        {
                            foreach (var entry in batch.Entries)
                            {
                                Revise(revisions, entry);
                                edits.Count(entry);
                            }
                        }

                        if (batch.Header.Deleted)
                        {
                            log = null;
                            historyBase = null;
                        }

                        if (batch.Operations.Count > 0)
                        {
                            Observers.Notify(observer => observer.OnOperationsApplied(GetPrimaryKeyString(), batch.Operations));
                        }

                        ReportEdits();
                    }
                },
                ahead: true);

            // A deletion returns once the text has left the log too, and a person's deletion once their name has; other
            // truncations need not hold anyone up.
            var truncate = snapshot is not null && snapshot.LogPosition > previousPosition;
            var erasing = batch.Header.Deleted || batch.Pseudonymised.Count > 0;
            if (truncate && erasing)
            {
                await TruncateBelowAsync(snapshot!.LogPosition);
            }

            batch.Complete();
            if (truncate && !erasing)
            {
                await TruncateBelowAsync(snapshot!.LogPosition);
            }
        }
    }

    // Entries below the snapshot's position are never read again, so a failed truncation loses nothing: the next
    // snapshot's truncation takes them along, and a deleted document's next activation retries.
    private async Task TruncateBelowAsync(long position)
    {
        try
        {
            await operationLog.TruncateAsync(position);
        }
        catch (Exception)
        {
            // Nothing acknowledged depends on it; a second writer that caused it makes the next append fail loudly.
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
            storage.State = stored;
        }

        try
        {
            var tail = await ReadStoredAsync(reread: true);
            lock (gate)
            {
                Load(storage.State, tail);
            }
        }
        catch (Exception)
        {
            lock (gate)
            {
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

    // The host read the state before activation; a recovery reads it again. The log is read from where that state ends.
    private async Task<IReadOnlyList<DocumentLogEntry>> ReadStoredAsync(bool reread)
    {
        if (reread)
        {
            await storage.ReadStateAsync();
        }

        storage.State.UpgradeSchema();
        return await operationLog.ReadAsync(storage.State.LogPosition);
    }

    private void Load(DocumentState state, IReadOnlyList<DocumentLogEntry> tail)
    {
        stored = state;
        header = DocumentHeader.Of(state);
        log = state.Log is null || state.Deleted ? null : DocumentLog.FromState(state.Log, LogOptions);
        historyBase = state.HistoryBase;
        revisions = [.. state.Revisions];
        edits = EditTally.FromState(state.Edits);
        if (tail.Count > 0 && log is null && !state.Deleted)
        {
            throw new InvalidOperationException($"Document '{GetPrimaryKeyString()}' has logged operations but no stored state.");
        }

        if (log is not null)
        {
            foreach (var entry in tail)
            {
                Replay(log, entry);
            }
        }

        durableHeader = header;
        durableVersion = log?.Version ?? 0;
    }

    // Submitting the entry again, under its id, onto the state it continues repeats exactly what the first submission did.
    private void Replay(DocumentLog document, DocumentLogEntry entry)
    {
        var replayed = document.Submit(entry.Id, entry.BaseVersion, entry.Operation);
        if (replayed.WasDuplicate || replayed.Version != entry.Version)
        {
            throw new InvalidOperationException(
                $"Replaying {entry.Id} of document '{GetPrimaryKeyString()}' gave version {replayed.Version}, but the log recorded {entry.Version}.");
        }

        Revise(revisions, entry);
        edits.Count(entry);
        header = header with { Changed = new ChangeStamp(entry.PersonId, entry.DisplayName, entry.At) };
    }

    private DocumentState ToState(DocumentBatch batch)
    {
        var revised = new List<DocumentRevision>(revisions);
        batch.Entries.ForEach(entry => Revise(revised, entry));
        if (log is not null)
        {
            var floor = Bases(log).Min(snapshot => snapshot.Version);
            revised.RemoveAll(revision => revision.Version < floor);
        }

        if (batch.Pseudonymised.Count > 0)
        {
            revised = [.. revised.Select(revision =>
                batch.Pseudonymised.Contains(revision.PersonId) ? revision with { DisplayName = Pseudonym.Of(revision.PersonId) } : revision)];
        }

        return new DocumentState
        {
            Id = GetPrimaryKeyString(),
            WorkspaceId = header.WorkspaceId,
            Title = header.Title,
            Created = header.Created,
            Changed = header.Changed,
            Log = log?.ToState(),
            HistoryBase = historyBase,
            Revisions = revised,
            Edits = CountedWith(batch).ToState(),
        };
    }

    // The durable sessions and those of the batch being written, for the snapshot that holds them all.
    private EditTally CountedWith(DocumentBatch batch)
    {
        var counted = edits.Copy();
        batch.Entries.ForEach(counted.Count);
        return counted;
    }

    // Under the gate. Starts a report unless one is on its way (which sends the latest counts when it is done) or the
    // workspace has these counts already. A document that was never edited says nothing until it is deleted.
    private void ReportEdits()
    {
        if (reportingEdits || EditsToReport() is null)
        {
            return;
        }

        reportingEdits = true;
        _ = Task.Run(ReportEditsAsync);
    }

    // Under the gate: what the workspace should hear of, or null when it knows it already.
    private DocumentEdits? EditsToReport()
    {
        if (durableHeader.WorkspaceId.Length == 0 || (edits.Total == 0 && !durableHeader.Deleted))
        {
            return null;
        }

        return reportedEdits is { } reported && reported.Total == edits.Total && reported.DocumentDeleted == durableHeader.Deleted
            ? null
            : edits.ToReport(GetPrimaryKeyString(), durableHeader.Deleted);
    }

    private async Task ReportEditsAsync()
    {
        while (true)
        {
            DocumentEdits? report;
            string workspaceId;
            lock (gate)
            {
                report = EditsToReport();
                workspaceId = durableHeader.WorkspaceId;
                if (report is null)
                {
                    reportingEdits = false;
                    return;
                }
            }

            try
            {
                await GrainFactory.GetGrain<IWorkspaceGrain>(workspaceId).ReportDocumentEditsAsync(report);
            }
            catch (Exception)
            {
                // The operations are durable and counted; the workspace hears of them with the retry or the next report.
                lock (gate)
                {
                    reportingEdits = false;
                }

                RetryEditsReportLater();
                return;
            }

            lock (gate)
            {
                reportedEdits = report;
            }
        }
    }

    private void RetryEditsReportLater()
    {
        try
        {
            lock (gate)
            {
                editsRetry ??= RegisterGrainTimer(
                    _ =>
                    {
                        lock (gate)
                        {
                            editsRetry?.Dispose();
                            editsRetry = null;
                            ReportEdits();
                        }

                        return Task.CompletedTask;
                    },
                    EditsRetryPeriod,
                    Timeout.InfiniteTimeSpan);
            }
        }
        catch (InvalidOperationException)
        {
            // The activation is deactivating; the next one reports when it activates.
        }
    }

    private bool CompactIfDue()
    {
        if (log is null || log.OperationsSinceSnapshot < SnapshotInterval)
        {
            return false;
        }

        historyBase = log.Snapshot;
        log.Compact();
        return true;
    }

    private static void Revise(List<DocumentRevision> history, DocumentLogEntry entry)
    {
        if (history.Count > 0 && history[^1] is var last
            && last.PersonId == entry.PersonId && last.Version == entry.Version - 1 && entry.At - last.At <= RevisionGap)
        {
            history[^1] = last with { Version = entry.Version, At = entry.At, Operations = last.Operations + 1 };
        }
        else
        {
            history.Add(new DocumentRevision(entry.Version, entry.Version, entry.PersonId, entry.DisplayName, entry.At, entry.At, 1));
        }
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
        if (header.Deleted)
        {
            throw Deleted();
        }

        return log ?? throw NotFound();
    }

    // The log that reads look into, for a document whose creation is durable; reads never go past durableVersion.
    private DocumentLog DurableLog()
    {
        if (durableHeader.Deleted)
        {
            throw Deleted();
        }

        return durableHeader.Exists && log is not null ? log : throw NotFound();
    }

    private void CheckWritable()
    {
        if (broken)
        {
            throw new InvalidOperationException(
                $"Document '{GetPrimaryKeyString()}' could not read its state back after a failed write; resend the change with the same id.");
        }
    }

    // The workspace is asked outside the gate: holding it would stall every parallel call of this document meanwhile.
    private async Task<TResult> ReadAsync<TResult>(Actor actor, Func<TResult> query)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            string workspaceId;
            lock (gate)
            {
                DurableLog();
                workspaceId = durableHeader.WorkspaceId;
            }

            await Access.DemandAsync(actor, GetPrimaryKeyString(), workspaceId, edit: false);
        }

        lock (gate)
        {
            return query();
        }
    }

    private async Task DemandEditAsync(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            string workspaceId;
            lock (gate)
            {
                CurrentLog();
                workspaceId = header.WorkspaceId;
            }

            await Access.DemandAsync(actor, GetPrimaryKeyString(), workspaceId, edit: true);
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
