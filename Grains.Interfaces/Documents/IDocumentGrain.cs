using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>
/// One document, keyed by its id: the single place where the order of its edits is decided. Every change is
/// acknowledged only once it is durable, and reads show only durable versions, so nothing a caller sees can be
/// lost to a crash. Refusals are <see cref="DocumentRuleException"/>s and change nothing.
/// <para>
/// The document checks rights itself rather than trusting its caller: reads need any role in the document's workspace
/// and a visibility that includes the person's organisation, edits need Mitglied or Koordination besides, administrators
/// may do both; anyone else is refused with <see cref="DocumentError.AccessDenied"/>. It asks the workspace
/// (<see cref="IWorkspaceGrain.GetDocumentRoleAsync"/>) and keeps the answer per person for a few seconds; the workspace
/// makes it forget at once when a member's role changes (<see cref="ForgetAccessAsync"/>), and when a member leaves or
/// the visibility changes (<see cref="RevokeAccessAsync"/>). Creation, renaming and deletion come from the owning workspace,
/// which has checked the rights already.
/// </para>
/// </summary>
public interface IDocumentGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the document in workspace <paramref name="workspaceId"/> with an empty text at version 0.
    /// Refused with <see cref="DocumentError.DocumentAlreadyExists"/> or <see cref="DocumentError.DocumentDeleted"/>
    /// when the id is taken, and with <see cref="DocumentError.InvalidTitle"/> for an empty or overlong title.
    /// Called by the owning workspace grain only, which has checked <paramref name="actor"/>'s rights; the document
    /// never calls the workspace back here, since the workspace is waiting for it and would not answer.
    /// </summary>
    Task<DocumentSnapshot> CreateAsync(Actor actor, string workspaceId, string title);

    /// <summary>Title, workspace, created and changed stamps and durable version; null when the document does not exist, refused once it is deleted.</summary>
    Task<DocumentInfo?> GetInfoAsync();

    /// <summary>
    /// Gives the document a new title, returning once it is durable. Called by the owning workspace grain only, which
    /// has checked <paramref name="actor"/>'s rights; the document never calls the workspace back here, since the
    /// workspace is waiting for it and would not answer.
    /// </summary>
    Task RenameAsync(Actor actor, string title);

    /// <summary>
    /// Deletes the document: its text and history are cleared from storage and every later call, including a
    /// resent operation, is refused with <see cref="DocumentError.DocumentDeleted"/>. Called by the owning workspace
    /// grain only, which has checked <paramref name="actor"/>'s rights; the document never calls the workspace back
    /// here, since the workspace is waiting for it and would not answer.
    /// </summary>
    Task DeleteAsync(Actor actor);

    /// <summary>
    /// Whether <paramref name="actor"/> may edit the document; refused with <see cref="DocumentError.AccessDenied"/>
    /// unless they may at least read it. An editor asks before it opens the document.
    /// </summary>
    Task<bool> MayEditAsync(Actor actor);

    /// <summary>The current durable text and its version, for an editor that loads the document. Any role may read.</summary>
    Task<DocumentSnapshot> GetSnapshotAsync(Actor actor);

    /// <summary>
    /// Orders an editor's unconfirmed operations into the document, all made on <paramref name="baseVersion"/> and each
    /// on top of the previous one, as @codemirror/collab sends them (see <c>DocumentLog.Submit</c> for transformation
    /// and resends), and returns their results in order ONLY AFTER all of them are durable, written together where
    /// they fit into one write. A resent operation with a known id is acknowledged again, after the original is
    /// durable, and not applied twice. When one is refused, those before it still apply and become durable, and the
    /// call fails with the refusal once they are; a failed write fails the call and the client resends with the same ids.
    /// Refused with <see cref="DocumentError.InvalidSubmission"/> for no operations, more than
    /// <see cref="DocumentLimits.MaxOperationsPerSubmission"/>, or one without id or changes, and with
    /// <see cref="DocumentError.AccessDenied"/> unless <paramref name="actor"/> is Mitglied, Koordination or an administrator.
    /// </summary>
    Task<IReadOnlyList<SubmitResult>> SubmitAsync(Actor actor, int baseVersion, IReadOnlyList<UnconfirmedOperation> operations);

    /// <summary>
    /// The durable operations after <paramref name="version"/>, in version order, for an editor that saw a gap.
    /// Refused with <see cref="DocumentError.VersionTooOld"/> beyond the retained log (the editor reloads). Any role may read.
    /// </summary>
    Task<IReadOnlyList<AppliedOperation>> GetSinceAsync(Actor actor, int version);

    /// <summary>
    /// The latest <paramref name="count"/> revisions, newest first. A revision groups consecutive operations of one
    /// author made within a minute of each other, so the list reads like a history rather than a keystroke log. Any
    /// role may read.
    /// </summary>
    Task<IReadOnlyList<DocumentRevision>> GetHistoryAsync(Actor actor, int count);

    /// <summary>
    /// The text as it was at <paramref name="version"/>. Refused with <see cref="DocumentError.VersionTooOld"/> for a
    /// version older than the retained history and with <see cref="DocumentError.UnknownVersion"/> for a future one.
    /// Any role may read.
    /// </summary>
    Task<DocumentSnapshot> GetVersionAsync(Actor actor, int version);

    /// <summary>
    /// Makes the text of <paramref name="version"/> current again as a new edit by <paramref name="actor"/>: one
    /// operation, identified by <paramref name="id"/> like any other, that replaces what differs. Returns once durable.
    /// Refused with <see cref="DocumentError.AccessDenied"/> unless the actor is Mitglied, Koordination or an administrator.
    /// </summary>
    Task<SubmitResult> RestoreAsync(Actor actor, int version, OperationId id);

    /// <summary>
    /// Subscribes or renews a subscription to the applied operations; subscribers renew within three minutes. A
    /// subscriber loads the document after subscribing and fetches any gap by version. <paramref name="actor"/> must be
    /// allowed to read; an observer that follows for several people (the hub's, for everyone in a document) subscribes
    /// once per person, and is told through <see cref="IDocumentObserver.OnAccessRevoked"/> when someone loses access.
    /// </summary>
    Task SubscribeAsync(Actor actor, IDocumentObserver observer);

    /// <summary>Ends a subscription; unknown observers are ignored.</summary>
    Task UnsubscribeAsync(IDocumentObserver observer);

    /// <summary>
    /// Forgets what the document knew of <paramref name="personId"/>'s rights, so that their next call asks the
    /// workspace again. The owning workspace calls it after a member's role changed or they left; it never calls back.
    /// </summary>
    Task ForgetAccessAsync(string personId);

    /// <summary>
    /// Forgets what the document knew of anyone's rights and tells every observer, before any later operation, that
    /// <paramref name="personIds"/> may no longer read it, so that their live following ends at once. The owning
    /// workspace calls it after a member left or the visibility changed; it never calls back.
    /// </summary>
    Task RevokeAccessAsync(IReadOnlyList<string> personIds);

    /// <summary>
    /// Puts the pseudonym of a person who is being deleted from the platform in place of their name wherever the
    /// document had copied it (its stamps and revision history), and writes a snapshot, so that the entries of its
    /// operation log that still name them are truncated. Administrators only; the owning workspace calls it when an
    /// administrator deletes the person, and it never calls back. Nothing happens for a document that never named them.
    /// </summary>
    Task ForgetPersonAsync(Actor actor, string personId);
}
