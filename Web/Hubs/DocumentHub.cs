using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Identity;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Where editors open documents, send their changes and receive everyone else's. Every argument is checked here
/// as at a public endpoint; the document grain checks every operation again.
/// </summary>
public sealed class DocumentHub(
    DocumentService documents,
    WorkspaceService workspaces,
    DocumentHubBridge bridge,
    ConnectionRateLimiter limiter,
    IActorAccessor actors) : Hub<IDocumentHubClient>
{
    public const string Path = "/hubs/documents";

    /// <summary>More unconfirmed changes than this in one message are refused; the editor sends them in several.</summary>
    public const int MaxOperationsPerMessage = 1_000;

    private const int MaxIdLength = 64;

    /// <summary>
    /// Opens a document for editing: joins its group first, then returns the text, so that no operation falls
    /// between the two; operations at or below the returned version that arrive afterwards are ignored by version.
    /// </summary>
    public async Task<DocumentSnapshot> OpenDocumentAsync(string documentId)
    {
        Admit();
        RequireId(documentId, nameof(documentId));
        Context.Items[EditKey(documentId)] = await MayEditAsync(documentId);
        await bridge.JoinAsync(documentId, Context.ConnectionId, actors.Current);
        return await CallAsync(() => documents.GetSnapshotAsync(documentId));
    }

    /// <summary>Stops receiving a document's operations.</summary>
    public async Task CloseDocumentAsync(string documentId)
    {
        Admit();
        RequireId(documentId, nameof(documentId));
        Context.Items.Remove(EditKey(documentId));
        await bridge.LeaveAsync(documentId, Context.ConnectionId);
    }

    /// <summary>
    /// Sends an editor's unconfirmed changes, made on <paramref name="baseVersion"/> one on top of the other.
    /// Returns once every one is durable; a resent change with a known id is acknowledged again, never applied twice.
    /// </summary>
    public async Task<IReadOnlyList<SubmitResult>> SubmitAsync(string documentId, int baseVersion, IReadOnlyList<SubmittedOperation> operations)
    {
        Admit();
        RequireId(documentId, nameof(documentId));
        if (operations is null || operations.Count is 0 or > MaxOperationsPerMessage || operations.Any(o => o?.Id is null || o.Changes is null))
        {
            throw new HubException($"Send between 1 and {MaxOperationsPerMessage} operations, each with an id and changes.");
        }

        if (Context.Items.TryGetValue(EditKey(documentId), out var mayEdit) is false || mayEdit is not true)
        {
            throw new HubException($"Document '{documentId}' is not open for editing on this connection.");
        }

        // In one call, in order: each change is made on top of the previous one, and they become durable in one write.
        return await CallAsync(() => documents.SubmitAsync(
            documentId, baseVersion, [.. operations.Select(operation => new UnconfirmedOperation(operation.Id, operation.Changes))]));
    }

    /// <summary>The operations after <paramref name="version"/>, for an editor that saw a gap in versions.</summary>
    public Task<IReadOnlyList<AppliedOperation>> GetSinceAsync(string documentId, int version)
    {
        Admit();
        RequireId(documentId, nameof(documentId));
        if (!Context.Items.ContainsKey(EditKey(documentId)))
        {
            throw new HubException($"Document '{documentId}' is not open on this connection.");
        }

        return CallAsync(() => documents.GetSinceAsync(documentId, version));
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        limiter.Forget(Context.ConnectionId);
        await bridge.DisconnectAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    private async Task<bool> MayEditAsync(string documentId)
    {
        var info = await CallAsync(() => documents.GetInfoAsync(documentId))
            ?? throw new HubException($"Document '{documentId}' does not exist.");
        WorkspaceSnapshot workspace;
        try
        {
            workspace = await workspaces.GetAsync(info.WorkspaceId)
                ?? throw new HubException($"Document '{documentId}' belongs to no existing workspace.");
        }
        catch (WorkspaceRuleException refused)
        {
            throw new HubException($"{refused.Error}: {refused.Message}");
        }

        var actor = actors.Current;
        var role = workspace.Members.FirstOrDefault(m => m.PersonId == actor.PersonId)?.Role;
        return actor.IsAdministrator || role is WorkspaceRole.Member or WorkspaceRole.Coordination;
    }

    private void Admit()
    {
        var (allowed, close) = limiter.Take(Context.ConnectionId);
        if (close)
        {
            Context.Abort();
        }

        if (!allowed)
        {
            throw new HubException("Too many messages on this connection; wait a moment and send unconfirmed changes together.");
        }
    }

    private static string EditKey(string documentId) => $"document:{documentId}";

    private static void RequireId(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxIdLength)
        {
            throw new HubException($"'{name}' must be a non-empty id of at most {MaxIdLength} characters.");
        }
    }

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (DocumentRuleException refused)
        {
            throw new HubException($"{refused.Error}: {refused.Message}");
        }
    }
}
