using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Identity;

namespace Kooperationsraum.Web.Services;

/// <summary>What pages and the hub do with a document, always on behalf of the current actor.</summary>
public sealed class DocumentService(IGrainFactory grains, IActorAccessor actors, ILogger<DocumentSubscription> subscriptionLog)
{
    private IDocumentGrain Grain(string documentId) => grains.GetGrain<IDocumentGrain>(documentId);

    /// <summary>
    /// Title, workspace and stamps; null when the document does not exist. Refused with
    /// <see cref="DocumentError.AccessDenied"/> for anyone who may not see the document (no member of its workspace, or of
    /// an organisation its visibility leaves out), since the title alone tells too much.
    /// </summary>
    public async Task<DocumentInfo?> GetInfoAsync(string documentId)
    {
        var info = await Grain(documentId).GetInfoAsync();
        var actor = actors.Current;
        if (info is not null && !actor.IsAdministrator
            && await grains.GetGrain<IWorkspaceGrain>(info.WorkspaceId).GetDocumentRoleAsync(actor.PersonId, info.Id) is null)
        {
            throw new DocumentRuleException(DocumentError.AccessDenied, $"{actor.PersonId} may not read document '{info.Id}'.");
        }

        return info;
    }

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
