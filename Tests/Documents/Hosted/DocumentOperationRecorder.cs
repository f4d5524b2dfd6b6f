using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Tests.Silo;

namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>
/// An observer that keeps every batch of operations and every revocation it receives, in the order they arrive, as
/// <see cref="Received"/> (a revocation as <c>revoked:</c> and the person ids).
/// </summary>
public sealed class DocumentOperationRecorder : IDocumentObserver
{
    private readonly List<(string DocumentId, IReadOnlyList<AppliedOperation> Operations)> batches = [];
    private readonly List<string> received = [];

    /// <summary>What arrived, in order: <c>v3</c> for a batch ending at version 3, <c>revoked:ben,dora</c> for a revocation.</summary>
    public IReadOnlyList<string> Received
    {
        get
        {
            lock (batches)
            {
                return [.. received];
            }
        }
    }

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
            received.Add($"v{operations[^1].Version}");
        }
    }

    public void OnAccessRevoked(string documentId, IReadOnlyList<string> personIds)
    {
        lock (batches)
        {
            received.Add($"revoked:{string.Join(',', personIds)}");
        }
    }

    /// <summary>Every batch received, once one that reaches <paramref name="version"/> has arrived.</summary>
    public async Task<IReadOnlyList<(string DocumentId, IReadOnlyList<AppliedOperation> Operations)>> ReceivedThroughAsync(int version)
    {
        await Eventually.TrueAsync(() => Task.FromResult(Batches.Any(batch => batch.Operations[^1].Version >= version)));
        return Batches;
    }
}
