using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Tests.Silo;

namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>An observer that keeps every batch of operations it receives, in the order they arrive.</summary>
public sealed class DocumentOperationRecorder : IDocumentObserver
{
    private readonly List<(string DocumentId, IReadOnlyList<AppliedOperation> Operations)> batches = [];

    public IReadOnlyList<(string DocumentId, IReadOnlyList<AppliedOperation> Operations)> Batches
    {
        get
        {
            lock (batches)
            {
                return [.. batches];
            }
        }
    }

    public void OnOperationsApplied(string documentId, IReadOnlyList<AppliedOperation> operations)
    {
        lock (batches)
        {
            batches.Add((documentId, operations));
        }
    }

    /// <summary>Every batch received, once one that reaches <paramref name="version"/> has arrived.</summary>
    public async Task<IReadOnlyList<(string DocumentId, IReadOnlyList<AppliedOperation> Operations)>> ReceivedThroughAsync(int version)
    {
        await Eventually.TrueAsync(() => Task.FromResult(Batches.Any(batch => batch.Operations[^1].Version >= version)));
        return Batches;
    }
}
