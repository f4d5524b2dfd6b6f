using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Web.Identity;

namespace Kooperationsraum.Web.Services;

/// <summary>What pages and the hub do with a document, always on behalf of the current actor.</summary>
public sealed class DocumentService(IGrainFactory grains, IActorAccessor actors)
{
    private IDocumentGrain Grain(string documentId) => grains.GetGrain<IDocumentGrain>(documentId);

    public async Task<(string Id, DocumentSnapshot Snapshot)> CreateAsync(string workspaceId, string title)
    {
        var id = Guid.NewGuid().ToString("N");
        return (id, await Grain(id).CreateAsync(actors.Current, workspaceId, title));
    }

    public Task<DocumentInfo?> GetInfoAsync(string documentId) => Grain(documentId).GetInfoAsync();

    public Task<DocumentSnapshot> GetSnapshotAsync(string documentId) => Grain(documentId).GetSnapshotAsync();

    public Task<IReadOnlyList<SubmitResult>> SubmitAsync(string documentId, int baseVersion, IReadOnlyList<UnconfirmedOperation> operations) =>
        Grain(documentId).SubmitAsync(actors.Current, baseVersion, operations);

    public Task<IReadOnlyList<AppliedOperation>> GetSinceAsync(string documentId, int version) =>
        Grain(documentId).GetSinceAsync(version);
}
