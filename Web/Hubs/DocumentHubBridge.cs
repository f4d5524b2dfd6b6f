using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Bridges document grains to SignalR groups: one grain subscription per open document, and one group send per
/// durable write, which SignalR serialises once for all the document's editors. The group holds only connections whose
/// person may read the document: the hub admits a connection after the grain agreed, and when the grain reports that
/// people lost access (they left the workspace, or the visibility no longer includes them), their connections leave the
/// group before the next write is forwarded, lose their presence, and are told once; their next call is refused.
/// </summary>
public sealed class DocumentHubBridge : IAsyncDisposable
{
    private readonly IGrainFactory grains;
    private readonly IHubContext<DocumentHub, IDocumentHubClient> hub;
    private readonly PresenceRegistry presence;
    private readonly TimeProvider time;
    private readonly ILogger<DocumentFollower> logger;

    // Joining and leaving wait for the grain one at a time; the maps below are read by revocations without that wait.
    private readonly SemaphoreSlim following = new(1, 1);
    private readonly Lock gate = new();
    private readonly Dictionary<string, DocumentFollower> followers = [];
    private readonly Dictionary<string, Dictionary<string, Actor>> readers = [];

    public DocumentHubBridge(
        IGrainFactory grains,
        IHubContext<DocumentHub, IDocumentHubClient> hub,
        PresenceRegistry presence,
        TimeProvider time,
        ILogger<DocumentFollower> logger)
    {
        this.grains = grains;
        this.hub = hub;
        this.presence = presence;
        this.time = time;
        this.logger = logger;
    }

    public static string GroupName(string documentId) => $"document:{documentId}";

    /// <summary>Whether the connection follows the document now; false once its person lost access.</summary>
    public bool Follows(string documentId, string connectionId)
    {
        lock (gate)
        {
            return readers.TryGetValue(documentId, out var connections) && connections.ContainsKey(connectionId);
        }
    }

    /// <summary>
    /// Adds the connection to the document's group; the first one subscribes to the grain, which refuses an actor who
    /// may not read. Call it only after the grain agreed that <paramref name="actor"/> may read.
    /// </summary>
    public async Task JoinAsync(string documentId, string connectionId, Actor actor)
    {
        await following.WaitAsync();
        try
        {
            if (!followers.ContainsKey(documentId))
            {
                lock (gate)
                {
                    readers[documentId] = new Dictionary<string, Actor> { [connectionId] = actor };
                }

                try
                {
                    followers[documentId] = await DocumentFollower.StartAsync(
                        grains,
                        documentId,
                        () => ReaderOf(documentId) ?? actor,
                        operations =>
                        {
                            presence.RecordApplied(documentId, operations);
                            return hub.Clients.Group(GroupName(documentId)).OperationsAppliedAsync(documentId, operations);
                        },
                        personIds => Revoke(documentId, personIds),
                        () => AudienceOf(documentId),
                        time,
                        logger);
                }
                catch
                {
                    lock (gate)
                    {
                        readers.Remove(documentId);
                    }

                    throw;
                }
            }

            lock (gate)
            {
                readers[documentId][connectionId] = actor;
            }

            await hub.Groups.AddToGroupAsync(connectionId, GroupName(documentId));
        }
        finally
        {
            following.Release();
        }
    }

    public async Task LeaveAsync(string documentId, string connectionId)
    {
        await following.WaitAsync();
        try
        {
            await hub.Groups.RemoveFromGroupAsync(connectionId, GroupName(documentId));
            lock (gate)
            {
                if (readers.TryGetValue(documentId, out var connections))
                {
                    connections.Remove(connectionId);
                }
            }

            await ReleaseIfUnreadAsync(documentId);
        }
        finally
        {
            following.Release();
        }
    }

    public async Task DisconnectAsync(string connectionId)
    {
        await following.WaitAsync();
        try
        {
            List<string> left;
            lock (gate)
            {
                left = [.. readers.Where(entry => entry.Value.Remove(connectionId)).Select(entry => entry.Key)];
            }

            foreach (var documentId in left)
            {
                await ReleaseIfUnreadAsync(documentId);
            }
        }
        finally
        {
            following.Release();
        }
    }

    private int AudienceOf(string documentId)
    {
        lock (gate)
        {
            return readers.TryGetValue(documentId, out var connections) ? connections.Count : 0;
        }
    }

    // The subscription is renewed on behalf of someone who still reads the document, never of someone who lost access.
    private Actor? ReaderOf(string documentId)
    {
        lock (gate)
        {
            return readers.TryGetValue(documentId, out var connections) ? connections.Values.FirstOrDefault() : null;
        }
    }

    // Runs on the grain's delivery loop, before any later write is handed over: leaving the group here is what keeps the
    // next write from these connections (the default lifetime manager changes groups synchronously).
    private void Revoke(string documentId, IReadOnlyList<string> personIds)
    {
        List<string> revoked;
        lock (gate)
        {
            if (!readers.TryGetValue(documentId, out var connections))
            {
                return;
            }

            revoked = [.. connections
                .Where(entry => !entry.Value.IsAdministrator && personIds.Contains(entry.Value.PersonId, StringComparer.Ordinal))
                .Select(entry => entry.Key)];
            revoked.ForEach(connectionId => connections.Remove(connectionId));
        }

        foreach (var connectionId in revoked)
        {
            _ = hub.Groups.RemoveFromGroupAsync(connectionId, GroupName(documentId));
        }

        if (revoked.Count > 0)
        {
            _ = AfterRevocationAsync(documentId, revoked);
        }
    }

    private async Task AfterRevocationAsync(string documentId, List<string> revoked)
    {
        try
        {
            foreach (var connectionId in revoked)
            {
                if (presence.Leave(documentId, connectionId) is { } left)
                {
                    await hub.Clients.Group(GroupName(documentId)).PresenceLeftAsync(documentId, left.PeerId);
                }

                await hub.Clients.Client(connectionId).AccessRevokedAsync(documentId);
            }

            await following.WaitAsync();
            try
            {
                await ReleaseIfUnreadAsync(documentId);
            }
            finally
            {
                following.Release();
            }
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Finishing the revocation of access to document {DocumentId} failed.", documentId);
        }
    }

    // Called while holding the following semaphore.
    private async Task ReleaseIfUnreadAsync(string documentId)
    {
        lock (gate)
        {
            if (!readers.TryGetValue(documentId, out var connections) || connections.Count > 0)
            {
                return;
            }

            readers.Remove(documentId);
        }

        if (followers.Remove(documentId, out var follower))
        {
            await follower.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var follower in followers.Values)
        {
            await follower.DisposeAsync();
        }

        followers.Clear();
        following.Dispose();
    }
}
