using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Web.Identity;

namespace Kooperationsraum.Web.Services;

/// <summary>What pages and the hub do with a document, always on behalf of the current actor.</summary>
public sealed class DocumentService(IGrainFactory grains, IActorAccessor actors, ILogger<DocumentSubscription> subscriptionLog)
{
    private IDocumentGrain Grain(string documentId) => grains.GetGrain<IDocumentGrain>(documentId);

    public Task<DocumentInfo?> GetInfoAsync(string documentId) => Grain(documentId).GetInfoAsync();

    public Task<bool> MayEditAsync(string documentId) => Grain(documentId).MayEditAsync(actors.Current);

    public Task<DocumentSnapshot> GetSnapshotAsync(string documentId) => Grain(documentId).GetSnapshotAsync(actors.Current);

    public Task<IReadOnlyList<SubmitResult>> SubmitAsync(string documentId, int baseVersion, IReadOnlyList<UnconfirmedOperation> operations) =>
        Grain(documentId).SubmitAsync(actors.Current, baseVersion, operations);

    public Task<IReadOnlyList<AppliedOperation>> GetSinceAsync(string documentId, int version) =>
        Grain(documentId).GetSinceAsync(actors.Current, version);

    /// <summary>
    /// Follows a document until the returned subscription is disposed; <paramref name="onChanged"/> runs after
    /// every durable write, and when writes may have been missed; <paramref name="onRevoked"/> runs once when the acting
    /// person lost access, after which nothing more arrives.
    /// </summary>
    public Task<DocumentSubscription> SubscribeAsync(string documentId, Func<Task> onChanged, Func<Task> onRevoked) =>
        DocumentSubscription.StartAsync(grains, Grain(documentId), actors.Current, onChanged, onRevoked, subscriptionLog);

    public Task<IReadOnlyList<DocumentRevision>> GetHistoryAsync(string documentId, int count) =>
        Grain(documentId).GetHistoryAsync(actors.Current, count);

    public Task<DocumentSnapshot> GetVersionAsync(string documentId, int version) => Grain(documentId).GetVersionAsync(actors.Current, version);

    /// <summary>
    /// Makes an old version current again as a new edit. Each restore is an editor of its own (a fresh client id), so
    /// that it never collides with the sequence numbers of an open editor.
    /// </summary>
    public Task<SubmitResult> RestoreAsync(string documentId, int version) =>
        Grain(documentId).RestoreAsync(actors.Current, version, new OperationId($"restore-{Guid.NewGuid():N}", 1));
}
