using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Bridges workspace grains to SignalR groups: one grain subscription per followed workspace and one group send
/// per event, which SignalR serialises once for all recipients.
/// </summary>
public sealed class WorkspaceHubBridge : IAsyncDisposable
{
    private readonly GroupFollowing following;

    public WorkspaceHubBridge(IGrainFactory grains, IHubContext<WorkspaceHub, IWorkspaceHubClient> hub, ILogger<WorkspaceSubscription> log)
    {
        following = new GroupFollowing(hub.Groups, GroupName, async (workspaceId, actor) =>
            await WorkspaceSubscription.StartAsync(
                grains,
                grains.GetGrain<IWorkspaceGrain>(workspaceId),
                actor,
                workspaceEvent => workspaceEvent is null
                    ? Task.CompletedTask
                    : hub.Clients.Group(GroupName(workspaceId)).WorkspaceChangedAsync(workspaceEvent),
                log));
    }

    public static string GroupName(string workspaceId) => $"workspace:{workspaceId}";

    public Task JoinAsync(string workspaceId, string connectionId, Actor actor) => following.JoinAsync(workspaceId, connectionId, actor);

    public Task LeaveAsync(string workspaceId, string connectionId) => following.LeaveAsync(workspaceId, connectionId);

    public Task DisconnectAsync(string connectionId) => following.DisconnectAsync(connectionId);

    public ValueTask DisposeAsync() => following.DisposeAsync();
}
