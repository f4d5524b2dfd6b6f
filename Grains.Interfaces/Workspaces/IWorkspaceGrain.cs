using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces.Audit;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;

namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>
/// A Kooperation or Digitalprojekt, keyed by its id: members, board, documents and activity. Every call names the acting
/// person and is checked against their role; a refused call throws <see cref="WorkspaceRuleException"/> and
/// changes nothing. Every change is written durably, then recorded as an event and sent to the observers.
/// </summary>
public interface IWorkspaceGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the workspace with the default columns (Offen, In Arbeit, In Prüfung, Erledigt); the creator
    /// becomes its first Koordination member.
    /// </summary>
    Task<WorkspaceSnapshot> CreateAsync(Actor actor, WorkspaceDetails details);

    /// <summary>The workspace as it is now, or null when it does not exist.</summary>
    Task<WorkspaceSnapshot?> GetAsync(Actor actor);

    /// <summary>
    /// The role <paramref name="personId"/> holds here, or null when they are no member or the workspace does not
    /// exist. This is the call grains make when they check rights on the workspace's behalf (a document asks it
    /// before it lets a person read or edit), so it names no actor and checks none; never show its answer to a person.
    /// </summary>
    Task<WorkspaceRole?> GetRoleAsync(string personId);

    /// <summary>
    /// The role <paramref name="personId"/> holds for document <paramref name="documentId"/>: their role here when the
    /// document's visibility lets them see it, else null. A document this workspace does not list (one created directly
    /// on its grain, as tests do) counts as visible to every member. Like <see cref="GetRoleAsync"/>, a call for grains
    /// that check rights on the workspace's behalf; it names no actor and checks none.
    /// </summary>
    Task<WorkspaceRole?> GetDocumentRoleAsync(string personId, string documentId);

    /// <summary>Changes title, goals, partners, dates and the other details. Koordination only.</summary>
    Task UpdateDetailsAsync(Actor actor, WorkspaceDetails details);

    /// <summary>
    /// Adds a person as a member with a role. Koordination only. Once the change is durable, every listed document
    /// forgets what it knew of the person's rights, so that a person refused a moment ago may read at once.
    /// </summary>
    Task<WorkspaceMember> AddMemberAsync(Actor actor, string personId, string displayName, string organisationId, WorkspaceRole role);

    /// <summary>
    /// Changes a member's role; the last Koordination member cannot be demoted. Koordination only. Once the change is
    /// durable, every listed document forgets what it knew of the person's rights, so a demotion takes effect at once.
    /// </summary>
    Task ChangeMemberRoleAsync(Actor actor, string personId, WorkspaceRole role);

    /// <summary>
    /// Removes a member and their task assignments; never the last Koordination member. Koordination only. Once the
    /// change is durable, every listed document forgets what it knew of the person's rights, so the removal takes
    /// effect at once.
    /// </summary>
    Task RemoveMemberAsync(Actor actor, string personId);

    /// <summary>Adds a column at the end of the board. Koordination only.</summary>
    Task<BoardColumn> AddColumnAsync(Actor actor, string name, int? wipLimit);

    /// <summary>Renames a column. Koordination only.</summary>
    Task RenameColumnAsync(Actor actor, string columnId, string name);

    /// <summary>Sets or clears a column's WIP limit (1 to 999, or null). Koordination only.</summary>
    Task SetColumnWipLimitAsync(Actor actor, string columnId, int? wipLimit);

    /// <summary>Moves a column to a position, counted from 0. Koordination only.</summary>
    Task MoveColumnAsync(Actor actor, string columnId, int index);

    /// <summary>Removes a column that holds no task. Koordination only.</summary>
    Task RemoveColumnAsync(Actor actor, string columnId);

    /// <summary>Creates a task at the end of a column. Mitglied or Koordination.</summary>
    Task<BoardTask> CreateTaskAsync(Actor actor, string columnId, TaskDraft draft);

    /// <summary>
    /// Replaces a task's fields. Refused with <see cref="WorkspaceError.StaleTask"/> when the task has changed
    /// since <paramref name="expectedRevision"/>. Mitglied or Koordination.
    /// </summary>
    Task<BoardTask> UpdateTaskAsync(Actor actor, string taskId, int expectedRevision, TaskDraft draft);

    /// <summary>
    /// Moves a task to a position in a column (within the same column or into another). A move into another
    /// column at its WIP limit is refused with <see cref="WorkspaceError.WipLimitReached"/>. Mitglied or Koordination.
    /// </summary>
    Task MoveTaskAsync(Actor actor, string taskId, string columnId, int index);

    /// <summary>Deletes a task. Mitglied or Koordination.</summary>
    Task DeleteTaskAsync(Actor actor, string taskId);

    /// <summary>Adds a comment to a task. Every member, Gast included.</summary>
    Task<TaskComment> AddCommentAsync(Actor actor, string taskId, string text);

    /// <summary>
    /// Creates a document in this workspace and lists it: the document grain is created first, then the workspace
    /// records it; if recording fails, the document is deleted again, so that none exists that no workspace lists.
    /// The title is trimmed and has 1 to <see cref="DocumentLimits.MaxTitleLength"/> characters. Mitglied or
    /// Koordination. The document belongs to the creator's organisation and is visible as <paramref name="visibility"/> says,
    /// with <paramref name="organisationIds"/> naming the partner organisations for
    /// <see cref="DocumentVisibilityMode.NamedOrganisations"/> (see <see cref="SetDocumentVisibilityAsync"/>).
    /// </summary>
    Task<WorkspaceDocument> CreateDocumentAsync(
        Actor actor, string title, DocumentVisibilityMode visibility = DocumentVisibilityMode.AllPartners, IReadOnlyList<string>? organisationIds = null);

    /// <summary>
    /// Changes who may see a listed document: every member, members of the owning and the named organisations (at
    /// least one named, at most <see cref="WorkspaceLimits.MaxVisibilityOrganisations"/>), or the owning organisation's
    /// members only. Koordination, or the member who created the document while they still hold at least Mitglied; either
    /// must be able to see the document. Once durable, the document drops what it knew of everyone's rights and ends the
    /// live following of those who may no longer see it, and the change is audited.
    /// </summary>
    Task SetDocumentVisibilityAsync(Actor actor, string documentId, DocumentVisibilityMode visibility, IReadOnlyList<string>? organisationIds);

    /// <summary>Gives a listed document a new title, in the list and in the document itself. Mitglied or Koordination.</summary>
    Task RenameDocumentAsync(Actor actor, string documentId, string title);

    /// <summary>
    /// Deletes a listed document with its text and history and takes it off the list. Koordination, or the member
    /// who created the document while they still hold at least the role Mitglied.
    /// </summary>
    Task DeleteDocumentAsync(Actor actor, string documentId);

    /// <summary>
    /// The latest events, newest first, at most <paramref name="count"/>; the workspace keeps the latest
    /// <see cref="WorkspaceLimits.ActivityRetention"/>. They are kept in summary form: the task that a
    /// <see cref="TaskCreated"/> or <see cref="TaskEdited"/> carries has an empty description and no comments here,
    /// so that a long description is not stored once per edit; read the task itself from <see cref="GetAsync"/>.
    /// The events sent to observers carry the whole task.
    /// </summary>
    Task<IReadOnlyList<WorkspaceEvent>> GetActivityAsync(Actor actor, int count);

    /// <summary>
    /// A page of this workspace's audit log, newest first: membership and role changes, visibility changes, deletions
    /// and exports. Koordination and administrators only. Names of documents the actor may not see are left out.
    /// </summary>
    Task<AuditPage> GetAuditAsync(Actor actor, int skip, int take);

    /// <summary>
    /// The whole audit log, newest first, for a download; the download itself is recorded first. Koordination and
    /// administrators only.
    /// </summary>
    Task<IReadOnlyList<AuditEntry>> ExportAuditAsync(Actor actor);

    /// <summary>
    /// Takes in a document's editing sessions per partner organisation, for the contributions its dashboard summary shows.
    /// A report not newer than the one held (by <see cref="DocumentEdits.Total"/>) changes nothing, nor does one for a
    /// document this workspace neither lists nor deleted; the last report of a deleted document keeps counting. Called
    /// by document grains only, which check nothing of it: it carries counts, no text and no title.
    /// </summary>
    Task ReportDocumentEditsAsync(DocumentEdits edits);

    /// <summary>
    /// What this workspace holds about the actor themselves (never about anyone else), for the download of their own
    /// data; null when the workspace holds nothing about them. Anyone may ask, since the answer is only their own.
    /// </summary>
    Task<PersonalWorkspaceData?> GetPersonalDataAsync(Actor actor);

    /// <summary>
    /// Removes a person who is being deleted from the platform: their membership (even as the last Koordination member,
    /// since administrators keep every right) and their task assignments; and wherever the workspace or its documents
    /// had copied their name (stamps, comments, activity, revision history), puts their pseudonym in its place, also
    /// when they are no member any more. Administrators only. Repeating it changes nothing more, so a deletion that
    /// failed half-way can be done again.
    /// </summary>
    Task ForgetPersonAsync(Actor actor, string personId);

    /// <summary>
    /// Records that <paramref name="actor"/> exported document <paramref name="documentId"/> as
    /// <paramref name="format"/>; refused unless they may see the document. Export endpoints call it before they
    /// hand out the text, so that no export goes unaudited.
    /// </summary>
    Task RecordDocumentExportAsync(Actor actor, string documentId, string format);

    /// <summary>
    /// Subscribes or renews an observer for the events of this workspace. Subscriptions expire unless renewed;
    /// renew at least every minute. Every member may subscribe. Each observer receives only what its actor may see:
    /// no event about a document hidden from them. When the actor is removed from the workspace, their observers get
    /// that <see cref="MemberLeft"/> event as their last and are unsubscribed.
    /// </summary>
    Task SubscribeAsync(Actor actor, IWorkspaceObserver observer);

    /// <summary>Ends a subscription.</summary>
    Task UnsubscribeAsync(IWorkspaceObserver observer);
}
