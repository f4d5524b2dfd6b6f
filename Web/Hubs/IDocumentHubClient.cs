using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Web.Hubs;

/// <summary>What the server sends to editors of a document.</summary>
public interface IDocumentHubClient
{
    /// <summary>
    /// The operations one durable write of the document made, in version order; one message per write, not per
    /// keystroke. An editor whose version is not just below the first one missed something and calls
    /// <see cref="DocumentHub.GetSinceAsync"/>.
    /// </summary>
    Task OperationsAppliedAsync(string documentId, IReadOnlyList<AppliedOperation> operations);

    /// <summary>
    /// Someone else in the document moved their cursor or selection, or arrived. The ranges are positions at the
    /// presence's version: an editor maps them through the operations since, and waits for a version it has not seen.
    /// </summary>
    Task PresenceChangedAsync(string documentId, EditorPresence presence);

    /// <summary>The editor with <paramref name="peerId"/> closed the document or lost its connection.</summary>
    Task PresenceLeftAsync(string documentId, string peerId);

    /// <summary>
    /// This connection's person may no longer read the document (they left its workspace, or its visibility no longer
    /// includes them): no further operation or presence of it arrives, and further calls about it are refused.
    /// </summary>
    Task AccessRevokedAsync(string documentId);
}
