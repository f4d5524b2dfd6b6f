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
}
