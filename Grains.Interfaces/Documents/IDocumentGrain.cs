using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>
/// One document, keyed by its id: the single place where the order of its edits is decided. Every change is
/// acknowledged only once it is durable, and reads show only durable versions, so nothing a caller sees can be
/// lost to a crash. Refusals are <see cref="DocumentRuleException"/>s and change nothing.
/// </summary>
public interface IDocumentGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the document in workspace <paramref name="workspaceId"/> with an empty text at version 0.
    /// Refused with <see cref="DocumentError.DocumentAlreadyExists"/> or <see cref="DocumentError.DocumentDeleted"/>
    /// when the id is taken, and with <see cref="DocumentError.InvalidTitle"/> for an empty or overlong title.
    /// </summary>
    Task<DocumentSnapshot> CreateAsync(Actor actor, string workspaceId, string title);

    /// <summary>Title, workspace, created and changed stamps and durable version; null when the document does not exist, refused once it is deleted.</summary>
    Task<DocumentInfo?> GetInfoAsync();

    /// <summary>Gives the document a new title, returning once it is durable.</summary>
    Task RenameAsync(Actor actor, string title);

    /// <summary>
    /// Deletes the document: its text and history are cleared from storage and every later call, including a
    /// resent operation, is refused with <see cref="DocumentError.DocumentDeleted"/>.
    /// </summary>
    Task DeleteAsync(Actor actor);

    /// <summary>The current durable text and its version, for an editor that loads the document.</summary>
    Task<DocumentSnapshot> GetSnapshotAsync();

    /// <summary>
    /// Orders an editor's unconfirmed operations into the document, all made on <paramref name="baseVersion"/> and each
    /// on top of the previous one, as @codemirror/collab sends them (see <c>DocumentLog.Submit</c> for transformation
    /// and resends), and returns their results in order ONLY AFTER all of them are durable, written together where
    /// they fit into one write. A resent operation with a known id is acknowledged again, after the original is
    /// durable, and not applied twice. When one is refused, those before it still apply and become durable, and the
    /// call fails with the refusal once they are; a failed write fails the call and the client resends with the same ids.
    /// Refused with <see cref="DocumentError.InvalidSubmission"/> for no operations, more than
    /// <see cref="DocumentLimits.MaxOperationsPerSubmission"/>, or one without id or changes.
    /// </summary>
    Task<IReadOnlyList<SubmitResult>> SubmitAsync(Actor actor, int baseVersion, IReadOnlyList<UnconfirmedOperation> operations);

    /// <summary>
    /// The durable operations after <paramref name="version"/>, in version order, for an editor that saw a gap.
    /// Refused with <see cref="DocumentError.VersionTooOld"/> beyond the retained log (the editor reloads).
    /// </summary>
    Task<IReadOnlyList<AppliedOperation>> GetSinceAsync(int version);

    /// <summary>
    /// The latest <paramref name="count"/> revisions, newest first. A revision groups consecutive operations of one
    /// author made within a minute of each other, so the list reads like a history rather than a keystroke log.
    /// </summary>
    Task<IReadOnlyList<DocumentRevision>> GetHistoryAsync(int count);

    /// <summary>
    /// The text as it was at <paramref name="version"/>. Refused with <see cref="DocumentError.VersionTooOld"/> for a
    /// version older than the retained history and with <see cref="DocumentError.UnknownVersion"/> for a future one.
    /// </summary>
    Task<DocumentSnapshot> GetVersionAsync(int version);

    /// <summary>
    /// Makes the text of <paramref name="version"/> current again as a new edit by <paramref name="actor"/>: one
    /// operation, identified by <paramref name="id"/> like any other, that replaces what differs. Returns once durable.
    /// </summary>
    Task<SubmitResult> RestoreAsync(Actor actor, int version, OperationId id);

    /// <summary>
    /// Subscribes or renews a subscription to the applied operations; subscribers renew within three minutes. A
    /// subscriber loads the document after subscribing and fetches any gap by version.
    /// </summary>
    Task SubscribeAsync(IDocumentObserver observer);

    /// <summary>Ends a subscription; unknown observers are ignored.</summary>
    Task UnsubscribeAsync(IDocumentObserver observer);
}
