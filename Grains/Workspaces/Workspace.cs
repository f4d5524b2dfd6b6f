using Kooperationsraum.Grains.Board;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// One workspace's rules over its stored state, without a host. A command checks the workspace exists, then the
/// actor's rights (<see cref="WorkspaceRights"/>), then its input; only then does it change the state, raise the
/// version by one, keep the event it produced as activity (in <see cref="ActivitySummary">summary form</see>) and
/// return it complete. A refused command throws <see cref="WorkspaceRuleException"/> and changes nothing.
/// </summary>
public sealed class Workspace
{
    private readonly WorkspaceState state;
    private readonly TimeProvider clock;
    private readonly MemberList members;
    private readonly TaskBoard board;
    private readonly DocumentList documents;

    public Workspace(WorkspaceState state, TimeProvider clock)
    {
        this.state = state;
        this.clock = clock;
        members = new MemberList(state.Members);
        board = new TaskBoard(state.Columns, members.Contains);
        documents = new DocumentList(state.Documents);
    }

    public bool Exists => state.Exists;

    /// <summary>
    /// Creates the workspace with the default columns; the creator becomes its first Koordination member. Anyone
    /// may create a workspace: that is how a cooperation starts.
    /// </summary>
    public WorkspaceCreated Create(Actor actor, string id, WorkspaceDetails details)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (state.Exists)
        {
            throw Refusal.Because(WorkspaceError.WorkspaceAlreadyExists, $"Workspace {state.Id} exists already.", state.Id);
        }

        var workspaceId = DetailsRules.RequiredId(id, "Id");
        var validDetails = DetailsRules.Validate(details);
        var stamp = Stamp(actor);
        members.Add(actor.PersonId, actor.DisplayName, actor.OrganisationId, WorkspaceRole.Coordination, stamp.At);
        state.Id = workspaceId;
        state.Details = validDetails;
        state.Created = stamp;
        board.AddDefaultColumns();
        return Record(version => new WorkspaceCreated(state.Id, version, stamp, validDetails.ToContract()));
    }

    public WorkspaceSnapshot Snapshot(Actor actor)
    {
        DemandRead(actor);
        return new WorkspaceSnapshot(
            state.Id,
            state.Details.ToContract(),
            [.. members.Members.Select(member => member.ToContract())],
            [.. board.Columns.Select(column => column.ToContract())],
            [.. documents.Documents.Where(document => MaySee(actor, document.EffectiveVisibility)).Select(document => document.ToContract())],
            state.Version,
            state.Created!);
    }

    /// <summary>
    /// The latest events the actor may see, newest first; none for a count of zero or less. An event about a document
    /// is judged by the document's visibility now, or for a deleted one by the visibility it had when deleted.
    /// </summary>
    public IReadOnlyList<WorkspaceEvent> Activity(Actor actor, int count)
    {
        DemandRead(actor);
        var deleted = state.Activity.OfType<DocumentDeleted>().ToDictionary(e => e.DocumentId, e => e.Visibility, StringComparer.Ordinal);
        return [.. state.Activity.AsEnumerable().Reverse()
            .Where(workspaceEvent => DocumentIdOf(workspaceEvent) is not { } documentId
                || MaySee(actor, VisibilityInActivity(workspaceEvent, documentId, deleted)))
            .Take(Math.Max(0, count))];
    }

    /// <summary>The role <paramref name="personId"/> holds; null for a non-member or a workspace that does not exist.</summary>
    public WorkspaceRole? RoleOf(string? personId) => state.Exists ? members.Find(personId)?.Role : null;

    /// <summary>
    /// The role <paramref name="personId"/> holds for a document: null for a non-member and for a member whose
    /// organisation the document's visibility leaves out. An unlisted document counts as visible to every member.
    /// </summary>
    public WorkspaceRole? DocumentRoleOf(string? personId, string? documentId)
    {
        if (RoleOf(personId) is not { } role)
        {
            return null;
        }

        var document = documents.Documents.FirstOrDefault(entry => entry.Id == documentId);
        return document is null || DocumentVisibilityRules.Includes(document.EffectiveVisibility, members.Find(personId)!.OrganisationId)
            ? role
            : null;
    }

    /// <summary>
    /// Whether an observer acting as <paramref name="actor"/> gets <paramref name="workspaceEvent"/>, judged on the state
    /// the event produced: events about a document only reach those who may see it (for a visibility change, before or
    /// after it); every other event reaches every subscriber.
    /// </summary>
    public bool MayReceive(Actor actor, WorkspaceEvent workspaceEvent) =>
        workspaceEvent switch
        {
            DocumentCreated created => MaySee(actor, created.Document.Visibility),
            DocumentRenamed renamed => MaySee(actor, documents.Documents.FirstOrDefault(d => d.Id == renamed.DocumentId)?.EffectiveVisibility
                ?? DocumentVisibility.AllPartners(string.Empty)),
            DocumentDeleted deleted => MaySee(actor, deleted.Visibility ?? DocumentVisibility.AllPartners(string.Empty)),
            DocumentVisibilityChanged changed => MaySee(actor, changed.Previous) || MaySee(actor, changed.Visibility),
            _ => true,
        };

    /// <summary>Refuses with <see cref="WorkspaceError.UnknownDocument"/> unless the actor may read the workspace and see the document.</summary>
    public DocumentEntryState DemandDocument(Actor actor, string? documentId)
    {
        DemandRead(actor);
        var document = documents.Get(documentId);
        if (!MaySee(actor, document.EffectiveVisibility))
        {
            // The same refusal as for a document that does not exist, so that a refusal does not confirm that one does.
            throw Refusal.Because(WorkspaceError.UnknownDocument, $"The workspace lists no document '{documentId}'.", documentId ?? string.Empty);
        }

        return document;
    }

    /// <summary>Refuses unless the actor may read the audit log: Koordination and administrators.</summary>
    public void DemandAudit(Actor actor) => Demand(actor, WorkspaceRole.Coordination);

    /// <summary>Whether the actor may see a document visible as <paramref name="visibility"/>.</summary>
    public bool MaySee(Actor actor, DocumentVisibility visibility) => DocumentVisibilityRules.MaySee(actor, members, visibility);

    /// <summary>The members who may see a document visible as <paramref name="visibility"/>.</summary>
    public IEnumerable<string> MembersWhoSee(DocumentVisibility visibility) =>
        members.Members.Where(member => DocumentVisibilityRules.Includes(visibility, member.OrganisationId)).Select(member => member.PersonId);

    /// <summary>Refuses unless the actor may read this workspace: every member, and administrators.</summary>
    public void DemandRead(Actor actor) => Demand(actor, WorkspaceRole.Guest);

    /// <summary>The person ids of the members, which the registry keeps so that it can narrow a person's list to theirs.</summary>
    public IReadOnlyList<string> MemberPersonIds() => [.. members.Members.Select(member => member.PersonId)];

    public WorkspaceSummary Summary()
    {
        RequireExists();
        var details = state.Details;
        return new WorkspaceSummary(
            state.Id, details.Kind, details.Title, details.CooperationId, details.Category, details.Status, details.PartnerOrganisationIds, state.Created!.At);
    }

    public WorkspaceDetailsChanged UpdateDetails(Actor actor, WorkspaceDetails details)
    {
        Demand(actor, WorkspaceRole.Coordination);
        var validDetails = DetailsRules.Validate(details);
        if (validDetails.Kind != state.Details.Kind)
        {
            throw Refusal.Because(WorkspaceError.InvalidDetails, "A cooperation stays a cooperation and a project a project.", nameof(details.Kind));
        }

        state.Details = validDetails;
        return Record(version => new WorkspaceDetailsChanged(state.Id, version, Stamp(actor), validDetails.ToContract()));
    }

    public MemberJoined AddMember(Actor actor, string personId, string displayName, string organisationId, WorkspaceRole role)
    {
        Demand(actor, WorkspaceRole.Coordination);
        var stamp = Stamp(actor);
        var member = members.Add(personId, displayName, organisationId, role, stamp.At);
        return Record(version => new MemberJoined(state.Id, version, stamp, member.ToContract()));
    }

    public MemberRoleChanged ChangeMemberRole(Actor actor, string personId, WorkspaceRole role)
    {
        Demand(actor, WorkspaceRole.Coordination);
        var member = members.ChangeRole(personId, role);
        return Record(version => new MemberRoleChanged(state.Id, version, Stamp(actor), member.PersonId, member.Role));
    }

    /// <summary>Removes a member and takes them off every task they were assigned to.</summary>
    public MemberLeft RemoveMember(Actor actor, string personId)
    {
        Demand(actor, WorkspaceRole.Coordination);
        members.Remove(personId);
        board.Unassign(personId);
        return Record(version => new MemberLeft(state.Id, version, Stamp(actor), personId));
    }

    /// <summary>
    /// Removes a person who is being deleted from the platform, even the last Koordination member, and puts their
    /// pseudonym in place of their name wherever the workspace had copied it.
    /// </summary>
    public MemberLeft ForgetMember(Actor actor, string personId)
    {
        DemandAdministrator(actor);
        members.Forget(personId);
        board.Unassign(personId);
        var left = Record(version => new MemberLeft(state.Id, version, Stamp(actor), personId));
        Rewrite(new PseudonymRewrite(personId));
        return left;
    }

    /// <summary>
    /// Puts the pseudonym of a deleted person who is no member (any more) in place of their name wherever the workspace
    /// had copied it; returns whether anything named them. Nothing happened in the workspace, so there is no event; but
    /// what it holds changed, so the version goes up, and followers that notice the gap load it again.
    /// </summary>
    public bool Pseudonymise(Actor actor, string personId)
    {
        DemandAdministrator(actor);
        var rewrite = new PseudonymRewrite(personId);
        Rewrite(rewrite);
        if (rewrite.Changed)
        {
            state.Version++;
        }

        return rewrite.Changed;
    }

    /// <summary>Refuses with <see cref="WorkspaceError.NotAllowed"/> unless the actor is an administrator.</summary>
    public static void DemandAdministrator(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            throw Refusal.Because(WorkspaceError.NotAllowed, $"Only administrators delete people; {actor.PersonId} is none.");
        }
    }

    public ColumnAdded AddColumn(Actor actor, string name, int? wipLimit)
    {
        Demand(actor, WorkspaceRole.Coordination);
        var (column, index) = board.AddColumn(name, wipLimit);
        return Record(version => new ColumnAdded(state.Id, version, Stamp(actor), column.ToContract(), index));
    }

    public ColumnRenamed RenameColumn(Actor actor, string columnId, string name)
    {
        Demand(actor, WorkspaceRole.Coordination);
        var storedName = board.RenameColumn(columnId, name);
        return Record(version => new ColumnRenamed(state.Id, version, Stamp(actor), columnId, storedName));
    }

    public ColumnWipLimitChanged SetColumnWipLimit(Actor actor, string columnId, int? wipLimit)
    {
        Demand(actor, WorkspaceRole.Coordination);
        board.SetWipLimit(columnId, wipLimit);
        return Record(version => new ColumnWipLimitChanged(state.Id, version, Stamp(actor), columnId, wipLimit));
    }

    public ColumnMoved MoveColumn(Actor actor, string columnId, int index)
    {
        Demand(actor, WorkspaceRole.Coordination);
        var position = board.MoveColumn(columnId, index);
        return Record(version => new ColumnMoved(state.Id, version, Stamp(actor), columnId, position));
    }

    public ColumnRemoved RemoveColumn(Actor actor, string columnId)
    {
        Demand(actor, WorkspaceRole.Coordination);
        board.RemoveColumn(columnId);
        return Record(version => new ColumnRemoved(state.Id, version, Stamp(actor), columnId));
    }

    public TaskCreated CreateTask(Actor actor, string columnId, TaskDraft draft)
    {
        Demand(actor, WorkspaceRole.Member);
        var stamp = Stamp(actor);
        var (task, index) = board.CreateTask(columnId, draft, stamp);
        return Record(version => new TaskCreated(state.Id, version, stamp, task.ToContract(columnId), index));
    }

    public TaskEdited UpdateTask(Actor actor, string taskId, int expectedRevision, TaskDraft draft)
    {
        Demand(actor, WorkspaceRole.Member);
        var stamp = Stamp(actor);
        var (column, task) = board.UpdateTask(taskId, expectedRevision, draft, stamp);
        return Record(version => new TaskEdited(state.Id, version, stamp, task.ToContract(column.Id)));
    }

    /// <summary>Moves a task; see <see cref="TaskBoard.MoveTask"/> for what a position means.</summary>
    public TaskMoved MoveTask(Actor actor, string taskId, string columnId, int index)
    {
        Demand(actor, WorkspaceRole.Member);
        var (fromColumnId, position) = board.MoveTask(taskId, columnId, index);
        return Record(version => new TaskMoved(state.Id, version, Stamp(actor), taskId, fromColumnId, columnId, position));
    }

    public TaskDeleted DeleteTask(Actor actor, string taskId)
    {
        Demand(actor, WorkspaceRole.Member);
        var columnId = board.DeleteTask(taskId);
        return Record(version => new TaskDeleted(state.Id, version, Stamp(actor), taskId, columnId));
    }

    public TaskCommented AddComment(Actor actor, string taskId, string text)
    {
        Demand(actor, WorkspaceRole.Guest);
        var stamp = Stamp(actor);
        var comment = board.AddComment(taskId, text, stamp);
        return Record(version => new TaskCommented(state.Id, version, stamp, taskId, comment.ToContract()));
    }

    /// <summary>
    /// Lists a document under <paramref name="documentId"/>, which the caller has chosen and creates the document grain
    /// under. Run on a copy of the state before the grain exists, it checks everything the grain would refuse.
    /// </summary>
    public DocumentCreated CreateDocument(
        Actor actor, string documentId, string title, DocumentVisibilityMode mode = DocumentVisibilityMode.AllPartners, IReadOnlyList<string>? organisationIds = null)
    {
        Demand(actor, WorkspaceRole.Member);
        var stamp = Stamp(actor);
        var visibility = DocumentVisibilityRules.Validate(mode, OrganisationOf(actor), organisationIds);
        var document = documents.Add(DetailsRules.RequiredId(documentId, "DocumentId"), title, stamp, visibility);
        return Record(version => new DocumentCreated(state.Id, version, stamp, document.ToContract()));
    }

    public DocumentRenamed RenameDocument(Actor actor, string documentId, string title)
    {
        Demand(actor, WorkspaceRole.Member);
        DemandDocument(actor, documentId);
        var document = documents.Rename(documentId, title, Stamp(actor));
        return Record(version => new DocumentRenamed(state.Id, version, document.Changed, document.Id, document.Title));
    }

    /// <summary>
    /// Takes a document off the list; see <see cref="WorkspaceRights.DemandDocumentDeletion"/> for who may. Its editing
    /// sessions keep counting as contributions.
    /// </summary>
    public DocumentDeleted DeleteDocument(Actor actor, string documentId)
    {
        WorkspaceRights.DemandDocumentDeletion(actor, members, DemandDocument(actor, documentId));
        var document = documents.Remove(documentId);
        new DocumentEditLedger(state).Retire(document);
        return Record(version => new DocumentDeleted(state.Id, version, Stamp(actor), document.Id, document.Title, document.EffectiveVisibility));
    }

    /// <summary>
    /// Changes who may see a document. Koordination, or its creator while still Mitglied (see
    /// <see cref="WorkspaceRights.DemandDocumentDeletion"/>); either must be able to see it. The owning organisation stays.
    /// </summary>
    public DocumentVisibilityChanged SetDocumentVisibility(Actor actor, string documentId, DocumentVisibilityMode mode, IReadOnlyList<string>? organisationIds)
    {
        var document = DemandDocument(actor, documentId);
        WorkspaceRights.DemandDocumentDeletion(actor, members, document);
        var previous = document.EffectiveVisibility;
        var visibility = DocumentVisibilityRules.Validate(mode, previous.OwnerOrganisationId, organisationIds);
        var stamp = Stamp(actor);
        var changed = documents.SetVisibility(documentId, visibility, stamp);
        return Record(version => new DocumentVisibilityChanged(state.Id, version, stamp, changed.Id, changed.Title, visibility, previous));
    }

    /// <summary>The document an event is about, or null for an event about something else.</summary>
    public static string? DocumentIdOf(WorkspaceEvent workspaceEvent) =>
        workspaceEvent switch
        {
            DocumentCreated created => created.Document.Id,
            DocumentRenamed renamed => renamed.DocumentId,
            DocumentDeleted deleted => deleted.DocumentId,
            DocumentVisibilityChanged changed => changed.DocumentId,
            _ => null,
        };

    // A listed document is judged as it is now; a deleted one as it was when deleted, or, when that has left the
    // activity, by what the event itself carries; a rename of such a document stays hidden from all but administrators.
    private DocumentVisibility VisibilityInActivity(WorkspaceEvent workspaceEvent, string documentId, Dictionary<string, DocumentVisibility?> deleted)
    {
        if (documents.Documents.FirstOrDefault(entry => entry.Id == documentId) is { } listed)
        {
            return listed.EffectiveVisibility;
        }

        if (deleted.TryGetValue(documentId, out var whenDeleted))
        {
            return whenDeleted ?? DocumentVisibility.AllPartners(string.Empty);
        }

        return workspaceEvent switch
        {
            DocumentCreated created => created.Document.Visibility,
            DocumentVisibilityChanged changed => changed.Visibility,
            _ => new DocumentVisibility(DocumentVisibilityMode.OwnOrganisation, string.Empty, []),
        };
    }

    // The organisation a new document belongs to: the creator's as the workspace recorded it, or an administrator's own.
    private string OrganisationOf(Actor actor) => members.Find(actor.PersonId)?.OrganisationId ?? actor.OrganisationId;

    private void Demand(Actor actor, WorkspaceRole required)
    {
        RequireExists();
        WorkspaceRights.Demand(actor, members, required);
    }

    private void RequireExists()
    {
        if (!state.Exists)
        {
            throw Refusal.Because(WorkspaceError.WorkspaceNotFound, "The workspace does not exist.");
        }
    }

    private ChangeStamp Stamp(Actor actor) => new(actor.PersonId, actor.DisplayName, clock.GetUtcNow());

    // In place, since the member list, the board and the document list work on the state's own lists.
    private void Rewrite(PseudonymRewrite rewrite)
    {
        if (state.Created is { } created)
        {
            state.Created = rewrite.Stamp(created);
        }

        foreach (var column in state.Columns)
        {
            Replace(column.Tasks, rewrite.Task);
        }

        Replace(state.Documents, rewrite.Document);
        Replace(state.Activity, rewrite.Event);
    }

    private static void Replace<T>(List<T> items, Func<T, T> rewrite)
    {
        for (var index = 0; index < items.Count; index++)
        {
            items[index] = rewrite(items[index]);
        }
    }

    private TEvent Record<TEvent>(Func<long, TEvent> create) where TEvent : WorkspaceEvent
    {
        var workspaceEvent = create(state.Version + 1);
        state.Version = workspaceEvent.Version;
        state.Activity.Add(ActivitySummary.Of(workspaceEvent));
        var excess = state.Activity.Count - WorkspaceLimits.ActivityRetention;
        if (excess > 0)
        {
            state.Activity.RemoveRange(0, excess);
        }

        return workspaceEvent;
    }
}
