using System.Collections.Concurrent;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Bridges workspace grains to SignalR groups: one grain subscription per followed workspace, however many
/// connections follow it, and one group send per event, which SignalR serialises once for all recipients.
/// </summary>
public sealed class WorkspaceHubBridge(
    IGrainFactory grains,
    IHubContext<WorkspaceHub, IWorkspaceHubClient> hub,
    ILogger<WorkspaceSubscription> subscriptionLog) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, FollowedWorkspace> followed = [];
    private readonly ConcurrentDictionary<string, HashSet<string>> workspacesByConnection = new();

    public static string GroupName(string workspaceId) => $"workspace:{workspaceId}";

    public async Task JoinAsync(string workspaceId, string connectionId, Actor actor)
    {
        await gate.WaitAsync();
        try
        {
            var connections = workspacesByConnection.GetOrAdd(connectionId, _ => []);
            if (!connections.Add(workspaceId))
            {
                return;
            }

            if (!followed.TryGetValue(workspaceId, out var workspace))
            {
                var subscription = await WorkspaceSubscription.StartAsync(
                    grains,
                    grains.GetGrain<IWorkspaceGrain>(workspaceId),
                    actor,
                    workspaceEvent => workspaceEvent is null
                        ? Task.CompletedTask
                        : hub.Clients.Group(GroupName(workspaceId)).WorkspaceChangedAsync(workspaceEvent),
                    subscriptionLog);
                workspace = new FollowedWorkspace(subscription);
                followed[workspaceId] = workspace;
            }

            workspace.Connections++;
            await hub.Groups.AddToGroupAsync(connectionId, GroupName(workspaceId));
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task LeaveAsync(string workspaceId, string connectionId)
    {
        await gate.WaitAsync();
        try
        {
            if (workspacesByConnection.TryGetValue(connectionId, out var connections) && connections.Remove(workspaceId))
            {
                await hub.Groups.RemoveFromGroupAsync(connectionId, GroupName(workspaceId));
                await ReleaseAsync(workspaceId);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task DisconnectAsync(string connectionId)
    {
        await gate.WaitAsync();
        try
        {
            if (workspacesByConnection.TryRemove(connectionId, out var connections))
            {
                foreach (var workspaceId in connections)
                {
                    await ReleaseAsync(workspaceId);
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task ReleaseAsync(string workspaceId)
    {
        if (followed.TryGetValue(workspaceId, out var workspace) && --workspace.Connections == 0)
        {
            followed.Remove(workspaceId);
            await workspace.Subscription.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var workspace in followed.Values)
        {
            await workspace.Subscription.DisposeAsync();
        }

        followed.Clear();
        gate.Dispose();
    }
}
