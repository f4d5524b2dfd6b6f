using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Audit;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using Kooperationsraum.Grains.Persistence;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// One workspace. Thin on purpose: every rule lives in <see cref="Workspace"/>. A command runs on a copy of the
/// state, the copy is written, and only then do observers hear of the event; a failed write leaves the grain
/// with the state storage holds. Document commands change the document grain in between and take that back when
/// the write fails, so that no document exists that no workspace lists. The workspace reports its summary to the
/// registry when it is created, when its details change and when it activates, which makes good a report lost to a
/// crash or a failed registry; its dashboard summary goes out the same way after every change (see the other part).
/// Audited changes (<see cref="AuditRecords"/>) are appended to the workspace's audit log once they are durable; an
/// append that fails fails the call, so that no audited change goes unreported.
/// </summary>
public sealed partial class WorkspaceGrain(
    [PersistentState("workspace")] IPersistentState<WorkspaceState> storage,
    [PersistentLog("audit")] IPersistentLog<AuditRecord> auditLog)
    : Grain, IWorkspaceGrain
{
    private static readonly TimeSpan SubscriptionExpiry = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RegistryRetryPeriod = TimeSpan.FromSeconds(30);

    private ObserverManager<IWorkspaceObserver>? observers;
    private IDisposable? scheduledSummaryReport;

    // On whose behalf each observer subscribed, so that it receives only what that person may see.
    private readonly Dictionary<IWorkspaceObserver, Actor> subscribers = new(ReferenceEqualityComparer.Instance);

    // The audit log, read on first use; the log is append-only and small (a few entries per membership change).
    private List<AuditRecord>? audit;

    private ObserverManager<IWorkspaceObserver> Observers => observers ??= new(SubscriptionExpiry, Context.TimeProvider);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        storage.State.UpgradeSchema();
        if (storage.State.Exists)
        {
            // In a turn of its own, so that an activation never waits on the registry.
            ScheduleSummaryReport(TimeSpan.Zero);
            ScheduleDashboardPush(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    public async Task<WorkspaceSnapshot> CreateAsync(Actor actor, WorkspaceDetails details)
    {
        await ChangeAsync(workspace => workspace.Create(actor, GetPrimaryKeyString(), details));
        await ReportSummaryAsync();
        return Current().Snapshot(actor);
    }

    public Task<WorkspaceSnapshot?> GetAsync(Actor actor) =>
        Query(() => Current() is { Exists: true } workspace ? workspace.Snapshot(actor) : null);

    public async Task UpdateDetailsAsync(Actor actor, WorkspaceDetails details)
    {
        await ChangeAsync(workspace => workspace.UpdateDetails(actor, details));
        await ReportSummaryAsync();
    }

    public async Task<WorkspaceMember> AddMemberAsync(Actor actor, string personId, string displayName, string organisationId, WorkspaceRole role)
    {
        var member = (await AuditedAsync(actor, workspace => workspace.AddMember(actor, personId, displayName, organisationId, role))).Member;
        await ForgetAccessAsync(member.PersonId);
        await ReportSummaryAsync();
        return member;
    }

    public Task<WorkspaceRole?> GetRoleAsync(string personId) => Query(() => Current().RoleOf(personId));

    public Task<WorkspaceRole?> GetDocumentRoleAsync(string personId, string documentId) =>
        Query(() => Current().DocumentRoleOf(personId, documentId));

    public async Task ChangeMemberRoleAsync(Actor actor, string personId, WorkspaceRole role)
    {
        var changed = await AuditedAsync(actor, workspace => workspace.ChangeMemberRole(actor, personId, role));
        await ForgetAccessAsync(changed.PersonId);
    }

    public async Task RemoveMemberAsync(Actor actor, string personId)
    {
        var left = await AuditedAsync(actor, workspace => workspace.RemoveMember(actor, personId));
        await RevokeAccessAsync(storage.State.Documents.Select(entry => entry.Id), [left.PersonId]);
        await ReportSummaryAsync();
    }

    public async Task<BoardColumn> AddColumnAsync(Actor actor, string name, int? wipLimit) =>
        (await ChangeAsync(workspace => workspace.AddColumn(actor, name, wipLimit))).Column;

    public Task RenameColumnAsync(Actor actor, string columnId, string name) =>
        ChangeAsync(workspace => workspace.RenameColumn(actor, columnId, name));

    public Task SetColumnWipLimitAsync(Actor actor, string columnId, int? wipLimit) =>
        ChangeAsync(workspace => workspace.SetColumnWipLimit(actor, columnId, wipLimit));

    public Task MoveColumnAsync(Actor actor, string columnId, int index) =>
        ChangeAsync(workspace => workspace.MoveColumn(actor, columnId, index));

    public Task RemoveColumnAsync(Actor actor, string columnId) =>
        AuditedAsync(actor, workspace => workspace.RemoveColumn(actor, columnId));

    public async Task<BoardTask> CreateTaskAsync(Actor actor, string columnId, TaskDraft draft) =>
        (await ChangeAsync(workspace => workspace.CreateTask(actor, columnId, draft))).Task;

    public async Task<BoardTask> UpdateTaskAsync(Actor actor, string taskId, int expectedRevision, TaskDraft draft) =>
        (await ChangeAsync(workspace => workspace.UpdateTask(actor, taskId, expectedRevision, draft))).Task;

    public Task MoveTaskAsync(Actor actor, string taskId, string columnId, int index) =>
        ChangeAsync(workspace => workspace.MoveTask(actor, taskId, columnId, index));

    public Task DeleteTaskAsync(Actor actor, string taskId) =>
        AuditedAsync(actor, workspace => workspace.DeleteTask(actor, taskId));

    public async Task<TaskComment> AddCommentAsync(Actor actor, string taskId, string text) =>
        (await ChangeAsync(workspace => workspace.AddComment(actor, taskId, text))).Comment;

    public async Task<WorkspaceDocument> CreateDocumentAsync(
        Actor actor, string title, DocumentVisibilityMode visibility = DocumentVisibilityMode.AllPartners, IReadOnlyList<string>? organisationIds = null)
    {
        var documentId = Guid.NewGuid().ToString("N");
        var document = GrainFactory.GetGrain<IDocumentGrain>(documentId);
        var created = await ChangeAsync(
            workspace => workspace.CreateDocument(actor, documentId, title, visibility, organisationIds),
            change => document.CreateAsync(actor, GetPrimaryKeyString(), change.Document.Title),
            _ => document.DeleteAsync(actor));
        return created.Document;
    }

    public Task RenameDocumentAsync(Actor actor, string documentId, string title)
    {
        var document = GrainFactory.GetGrain<IDocumentGrain>(documentId);
        var previousTitle = storage.State.Documents.Find(entry => entry.Id == documentId)?.Title;
        return ChangeAsync(
            workspace => workspace.RenameDocument(actor, documentId, title),
            change => WhileListedAsync(change.DocumentId, () => document.RenameAsync(actor, change.Title)),
            _ => document.RenameAsync(actor, previousTitle!));
    }

    public async Task DeleteDocumentAsync(Actor actor, string documentId)
    {
        var document = GrainFactory.GetGrain<IDocumentGrain>(documentId);
        var before = storage.State;
        var deleted = await ChangeAsync(
            workspace => workspace.DeleteDocument(actor, documentId),
            async _ =>
            {
                try
                {
                    await document.DeleteAsync(actor);
                }
                catch (DocumentRuleException refusal) when (IsGone(refusal))
                {
                    // An earlier deletion got this far and then failed to record; taking it off the list completes it.
                }
            },
            _ => Task.CompletedTask);
        await AuditAsync(actor, before, deleted);
    }

    public async Task SetDocumentVisibilityAsync(Actor actor, string documentId, DocumentVisibilityMode visibility, IReadOnlyList<string>? organisationIds)
    {
        var changed = await AuditedAsync(actor, workspace => workspace.SetDocumentVisibility(actor, documentId, visibility, organisationIds));
        var workspace = Current();
        var lost = workspace.MembersWhoSee(changed.Previous).Except(workspace.MembersWhoSee(changed.Visibility), StringComparer.Ordinal);
        await RevokeAccessAsync([changed.DocumentId], [.. lost]);
    }

    public async Task<AuditPage> GetAuditAsync(Actor actor, int skip, int take)
    {
        var workspace = Current();
        workspace.DemandAudit(actor);
        var records = await AuditAsync();
        var entries = Enumerable.Range(0, records.Count).Reverse()
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 0, WorkspaceLimits.MaxAuditPage))
            .Select(index => Entry(workspace, actor, records, index));
        return new AuditPage([.. entries], records.Count);
    }

    public async Task<IReadOnlyList<AuditEntry>> ExportAuditAsync(Actor actor)
    {
        var workspace = Current();
        workspace.DemandAudit(actor);
        await AppendAuditAsync(new AuditRecord(Context.TimeProvider.GetUtcNow(), actor.PersonId, actor.OrganisationId, AuditAction.AuditExported, Detail: "csv"));
        var records = await AuditAsync();
        return [.. Enumerable.Range(0, records.Count).Reverse().Select(index => Entry(workspace, actor, records, index))];
    }

    public async Task RecordDocumentExportAsync(Actor actor, string documentId, string format)
    {
        var document = Current().DemandDocument(actor, documentId);
        var validFormat = format is "md" or "html"
            ? format
            : throw Refusal.Because(WorkspaceError.InvalidDetails, $"{format} is not an export format.", "Format");
        await AppendAuditAsync(new AuditRecord(
            Context.TimeProvider.GetUtcNow(), actor.PersonId, actor.OrganisationId, AuditAction.DocumentExported,
            TargetId: document.Id, TargetName: document.Title, Detail: validFormat, Visibility: document.EffectiveVisibility));
    }

    public Task<IReadOnlyList<WorkspaceEvent>> GetActivityAsync(Actor actor, int count) =>
        Query(() => Current().Activity(actor, count));

    public Task SubscribeAsync(Actor actor, IWorkspaceObserver observer) =>
        Query(() =>
        {
            Current().DemandRead(actor);
            Observers.Subscribe(observer);
            subscribers[observer] = actor;
        });

    public Task UnsubscribeAsync(IWorkspaceObserver observer)
    {
        Observers.Unsubscribe(observer);
        subscribers.Remove(observer);
        return Task.CompletedTask;
    }

    private Workspace Current() => new(storage.State, Context.TimeProvider);

    private Task<TEvent> ChangeAsync<TEvent>(Func<Workspace, TEvent> command) where TEvent : WorkspaceEvent =>
        ChangeAsync(command, _ => Task.CompletedTask, _ => Task.CompletedTask);

    /// <summary>
    /// Runs a command whose change must also reach another grain: <paramref name="alongside"/> makes it there after the
    /// command was checked on a copy and before the copy is written; if the write fails, <paramref name="undo"/> takes
    /// it back, so that the two grains never disagree for longer than the failed call. A refusal from either grain
    /// changes nothing.
    /// </summary>
    private async Task<TEvent> ChangeAsync<TEvent>(Func<Workspace, TEvent> command, Func<TEvent, Task> alongside, Func<TEvent, Task> undo)
        where TEvent : WorkspaceEvent
    {
        var changed = storage.State.Clone();
        var workspaceEvent = command(new Workspace(changed, Context.TimeProvider));
        await alongside(workspaceEvent);
        try
        {
            await storage.CommitAsync(changed, DeactivateOnIdle);
        }
        catch (Exception failure)
        {
            try
            {
                await undo(workspaceEvent);
            }
            catch (Exception undoFailure)
            {
                throw new AggregateException(failure, undoFailure);
            }

            throw;
        }

        Notify(workspaceEvent);
        await PushDashboardSummaryAsync();
        return workspaceEvent;
    }

    private async Task<TEvent> AuditedAsync<TEvent>(Actor actor, Func<Workspace, TEvent> command) where TEvent : WorkspaceEvent
    {
        var before = storage.State;
        var workspaceEvent = await ChangeAsync(command);
        await AuditAsync(actor, before, workspaceEvent);
        return workspaceEvent;
    }

    private Task AuditAsync(Actor actor, WorkspaceState before, WorkspaceEvent workspaceEvent) =>
        AuditRecords.Of(actor, before, workspaceEvent) is { } record ? AppendAuditAsync(record) : Task.CompletedTask;

    private async Task AppendAuditAsync(AuditRecord record)
    {
        var records = await AuditAsync();
        await auditLog.AppendAsync([record]);
        records.Add(record);
    }

    private async Task<List<AuditRecord>> AuditAsync() => audit ??= [.. await auditLog.ReadAsync(0)];

    private static AuditEntry Entry(Workspace workspace, Actor reader, List<AuditRecord> records, int index)
    {
        var record = records[index];
        return record.ToContract(index, record.Visibility is null || workspace.MaySee(reader, record.Visibility));
    }

    // Each observer hears only what its person may see. A removed member's observers hear of the removal as their last
    // event and are dropped, so nothing later reaches them even before their subscription would expire.
    private void Notify(WorkspaceEvent workspaceEvent)
    {
        var workspace = Current();
        Observers.Notify(
            observer => observer.OnWorkspaceEvent(workspaceEvent),
            observer => !subscribers.TryGetValue(observer, out var actor) || workspace.MayReceive(actor, workspaceEvent));
        foreach (var observer in subscribers.Keys.Where(observer => !Observers.Contains(observer)).ToList())
        {
            subscribers.Remove(observer);
        }

        if (workspaceEvent is MemberLeft left)
        {
            foreach (var (observer, _) in subscribers.Where(each => each.Value.PersonId == left.PersonId && !each.Value.IsAdministrator).ToList())
            {
                Observers.Unsubscribe(observer);
                subscribers.Remove(observer);
            }
        }
    }

    /// <summary>A listed document whose grain no longer knows it is as good as unknown to the caller.</summary>
    private static async Task WhileListedAsync(string documentId, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (DocumentRuleException refusal) when (IsGone(refusal))
        {
            throw Refusal.Because(WorkspaceError.UnknownDocument, $"Document '{documentId}' no longer exists.", documentId);
        }
    }

    // Documents cache a person's role for a short while; telling them after the durable write makes a membership change
    // count from the person's next call rather than once that cache expires.
    private Task ForgetAccessAsync(string personId) =>
        TellDocumentsAsync(storage.State.Documents.Select(entry => entry.Id), document => document.ForgetAccessAsync(personId));

    // Besides forgetting, the documents end the live following of those who lost access, before their next write.
    private Task RevokeAccessAsync(IEnumerable<string> documentIds, IReadOnlyList<string> personIds) =>
        TellDocumentsAsync(documentIds, document => document.RevokeAccessAsync(personIds));

    private Task TellDocumentsAsync(IEnumerable<string> documentIds, Func<IDocumentGrain, Task> tell) =>
        Task.WhenAll(documentIds.Select(async documentId =>
        {
            try
            {
                await tell(GrainFactory.GetGrain<IDocumentGrain>(documentId));
            }
            catch (Exception)
            {
                // The change is durable already and the document's cache expires on its own within seconds, so a
                // document that cannot be reached must not turn the caller's successful change into an error.
            }
        }));

    private static bool IsGone(DocumentRuleException refusal) =>
        refusal.Error is DocumentError.DocumentDeleted or DocumentError.DocumentNotFound;

    private async Task ReportSummaryAsync()
    {
        try
        {
            var registry = GrainFactory.GetGrain<IWorkspaceRegistryGrain>(IWorkspaceRegistryGrain.DefaultKey);
            var workspace = Current();
            await registry.RecordAsync(workspace.Summary(), workspace.MemberPersonIds());
            scheduledSummaryReport?.Dispose();
            scheduledSummaryReport = null;
        }
        catch (Exception)
        {
            // The change is durable and the registry only lists workspaces, so a failed report must not turn the
            // caller's successful command into an error: it is retried until the registry takes it.
            ScheduleSummaryReport(RegistryRetryPeriod);
        }
    }

    private void ScheduleSummaryReport(TimeSpan dueTime) =>
        scheduledSummaryReport ??= RegisterGrainTimer(_ => ReportSummaryAsync(), dueTime, RegistryRetryPeriod);

    // Refusals then reach the caller through the returned task, as they would from an async method.
    private static Task<TResult> Query<TResult>(Func<TResult> query)
    {
        try
        {
            return Task.FromResult(query());
        }
        catch (Exception exception)
        {
            return Task.FromException<TResult>(exception);
        }
    }

    private static Task Query(Action command) =>
        Query(() =>
        {
            command();
            return true;
        });
}
