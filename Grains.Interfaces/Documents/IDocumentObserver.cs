using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>Receives the operations of a document it subscribed to.</summary>
public interface IDocumentObserver : IGrainObserver
{
    /// <summary>
    /// Called once per durable write with every operation that write made durable, in version order and without
    /// gaps between calls, so that a broadcaster sends one message per write instead of one per keystroke.
    /// </summary>
    void OnOperationsApplied(string documentId, IReadOnlyList<AppliedOperation> operations);

    /// <summary>
    /// <paramref name="personIds"/> may no longer read the document (they left its workspace, or its visibility no
    /// longer includes them). It arrives before any operation written after the change, so an observer that stops
    /// forwarding to these people at once never hands them a later operation.
    /// </summary>
    void OnAccessRevoked(string documentId, IReadOnlyList<string> personIds);
}
