using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
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
    /// Koordination.
    /// </summary>
    Task<WorkspaceDocument> CreateDocumentAsync(Actor actor, string title);

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
    /// Subscribes or renews an observer for the events of this workspace. Subscriptions expire unless renewed;
    /// renew at least every minute. Every member may subscribe.
    /// </summary>
    Task SubscribeAsync(Actor actor, IWorkspaceObserver observer);

    /// <summary>Ends a subscription.</summary>
    Task UnsubscribeAsync(IWorkspaceObserver observer);
}
