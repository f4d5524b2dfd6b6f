using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Identity;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Where editors open documents, send their changes and receive everyone else's. Every argument is checked here
/// as at a public endpoint; the document grain checks every operation again.
/// </summary>
[Authorize]
public sealed class DocumentHub(
    DocumentService documents,
    DocumentHubBridge bridge,
    ConnectionRateLimiter limiter,
    IActorAccessor actors,
    PresenceRegistry presence,
    DirectoryService directory) : Hub<IDocumentHubClient>
{
    public const string Path = "/hubs/documents";

    /// <summary>More unconfirmed changes than this in one message are refused; the editor sends them in several.</summary>
    public const int MaxOperationsPerMessage = 1_000;

    private const int MaxIdLength = 64;

    /// <summary>
    /// Opens a document for editing: once the document agreed that the acting person may read it, joins its group,
    /// then returns the text, so that no operation falls between the two; operations at or below the returned version
    /// that arrive afterwards are ignored by version. Refused for a person who may not read the document.
    /// </summary>
    public async Task<DocumentSnapshot> OpenDocumentAsync(string documentId)
    {
        Admit();
        RequireId(documentId, nameof(documentId));
        var mayEdit = await CallAsync(() => documents.MayEditAsync(documentId));
        await CallAsync(async () =>
        {
            await bridge.JoinAsync(documentId, Context.ConnectionId, actors.Current);
            return true;
        });
        Context.Items[EditKey(documentId)] = mayEdit;
        try
        {
            return await CallAsync(() => documents.GetSnapshotAsync(documentId));
        }
        catch
        {
            Context.Items.Remove(EditKey(documentId));
            await bridge.LeaveAsync(documentId, Context.ConnectionId);
            throw;
        }
    }

    /// <summary>Stops receiving a document's operations.</summary>
    public async Task CloseDocumentAsync(string documentId)
    {
        Admit();
        RequireId(documentId, nameof(documentId));
        Context.Items.Remove(EditKey(documentId));
        await bridge.LeaveAsync(documentId, Context.ConnectionId);
        if (presence.Leave(documentId, Context.ConnectionId) is { } left)
        {
            await Clients.Group(DocumentHubBridge.GroupName(documentId)).PresenceLeftAsync(documentId, left.PeerId);
        }
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

        if (Context.Items.TryGetValue(EditKey(documentId), out var mayEdit) is false || mayEdit is not true
            || !bridge.Follows(documentId, Context.ConnectionId))
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
        RequireOpen(documentId);
        return CallAsync(() => documents.GetSinceAsync(documentId, version));
    }

    /// <summary>
    /// Shows this connection's cursor and selections to everyone else in the document (see
    /// <see cref="IDocumentHubClient.PresenceChangedAsync"/>). <paramref name="ranges"/> are positions in the document
    /// at <paramref name="version"/>, the version the editor is synced to; ranges outside the document at that version
    /// are refused. Name and organisation are the acting person's, never the client's say.
    /// </summary>
    public async Task UpdatePresenceAsync(string documentId, int version, IReadOnlyList<PresenceRange> ranges)
    {
        Admit();
        RequireOpen(documentId);
        if (ranges is null || ranges.Count is 0 or > PresenceRegistry.MaxRanges || ranges.Any(r => r is null))
        {
            throw new HubException($"Send between 1 and {PresenceRegistry.MaxRanges} selection ranges, each with an anchor and a head.");
        }

        if (version < 0 || ranges.Any(r => r.Anchor < 0 || r.Head < 0))
        {
            throw new HubException("Versions and positions are never negative.");
        }

        var length = await LengthAtAsync(documentId, version);
        if (ranges.FirstOrDefault(r => r.Anchor > length || r.Head > length) is { } outside)
        {
            throw new HubException(
                $"The selection {outside.Anchor}–{outside.Head} lies outside the document, which has {length} characters at version {version}.");
        }

        var known = presence.Find(documentId, Context.ConnectionId);
        var updated = known is null
            ? new EditorPresence(Guid.NewGuid().ToString("N")[..12], actors.Current.DisplayName, await OrganisationNameAsync(), version, ranges.ToList())
            : known with { Version = version, Ranges = ranges.ToList() };
        if (presence.Set(documentId, Context.ConnectionId, updated))
        {
            await Clients.OthersInGroup(DocumentHubBridge.GroupName(documentId)).PresenceChangedAsync(documentId, updated);
        }
    }

    /// <summary>Everyone else in the document now, for an editor that just opened it; later changes arrive as messages.</summary>
    public Task<IReadOnlyList<EditorPresence>> GetPresenceAsync(string documentId)
    {
        Admit();
        RequireOpen(documentId);
        return Task.FromResult(presence.Others(documentId, Context.ConnectionId));
    }

    // A connection whose person lost access no longer follows the document, whatever it opened before.
    private void RequireOpen(string documentId)
    {
        RequireId(documentId, nameof(documentId));
        if (!Context.Items.ContainsKey(EditKey(documentId)) || !bridge.Follows(documentId, Context.ConnectionId))
        {
            throw new HubException($"Document '{documentId}' is not open on this connection.");
        }
    }

    /// <summary>
    /// The document's length at a version. Usually remembered from the writes this process broadcast; otherwise
    /// the operations since that version tell it (the first one's input length), or, when there are none, the text.
    /// </summary>
    private async Task<int> LengthAtAsync(string documentId, int version)
    {
        if (presence.LengthAt(documentId, version) is { } remembered)
        {
            return remembered;
        }

        var since = await CallAsync(() => documents.GetSinceAsync(documentId, version));
        int length;
        if (since.Count > 0)
        {
            length = since[0].Operation.Length;
        }
        else
        {
            var snapshot = await CallAsync(() => documents.GetSnapshotAsync(documentId));
            if (snapshot.Version != version)
            {
                throw new HubException($"Version {version} of document '{documentId}' is not known; send the selection at the version you are synced to.");
            }

            length = snapshot.Text.Length;
        }

        presence.RecordLength(documentId, Context.ConnectionId, version, length);
        return length;
    }

    private async Task<string> OrganisationNameAsync()
    {
        var organisationId = actors.Current.OrganisationId;
        var organisations = await directory.GetOrganisationsAsync();
        return organisations.FirstOrDefault(o => o.Id == organisationId)?.Name ?? organisationId;
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        limiter.Forget(Context.ConnectionId);
        await bridge.DisconnectAsync(Context.ConnectionId);
        foreach (var (documentId, left) in presence.Disconnect(Context.ConnectionId))
        {
            await Clients.Group(DocumentHubBridge.GroupName(documentId)).PresenceLeftAsync(documentId, left.PeerId);
        }
        await base.OnDisconnectedAsync(exception);
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
