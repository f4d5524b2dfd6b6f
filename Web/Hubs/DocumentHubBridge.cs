using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Bridges document grains to SignalR groups: one grain subscription per open document, and one group send per
/// durable write, which SignalR serialises once for all the document's editors.
/// </summary>
public sealed class DocumentHubBridge : IAsyncDisposable
{
    private readonly GroupFollowing following;

    public DocumentHubBridge(
        IGrainFactory grains, IHubContext<DocumentHub, IDocumentHubClient> hub, PresenceRegistry presence, ILogger<DocumentFollower> log)
    {
        following = new GroupFollowing(hub.Groups, GroupName, async (documentId, _) =>
            await DocumentFollower.StartAsync(
                grains,
                documentId,
                operations =>
                {
                    presence.RecordApplied(documentId, operations);
                    return hub.Clients.Group(GroupName(documentId)).OperationsAppliedAsync(documentId, operations);
                },
                log));
    }

    public static string GroupName(string documentId) => $"document:{documentId}";

    public Task JoinAsync(string documentId, string connectionId, Actor actor) => following.JoinAsync(documentId, connectionId, actor);

    public Task LeaveAsync(string documentId, string connectionId) => following.LeaveAsync(documentId, connectionId);

    public Task DisconnectAsync(string connectionId) => following.DisconnectAsync(connectionId);

    public ValueTask DisposeAsync() => following.DisposeAsync();
}
