using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Bridges workspace grains to hub connections, one grain subscription per connection and workspace, on behalf of the
/// connection's person: the grain sends each subscription only what its person may see (no event about a document hidden
/// from them), which one group send for everyone could not. Workspace events are few (board and membership changes), so
/// a send per connection costs little. When the person is removed from the workspace, the connection is told once,
/// instead of the removal event, and hears nothing more of it.
/// </summary>
public sealed class WorkspaceHubBridge(
    IGrainFactory grains, IHubContext<WorkspaceHub, IWorkspaceHubClient> hub, ILogger<WorkspaceSubscription> log) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<(string ConnectionId, string WorkspaceId), WorkspaceSubscription> subscriptions = [];

    /// <summary>Follows the workspace for the connection; the grain refuses a person who may not read it.</summary>
    public async Task JoinAsync(string workspaceId, string connectionId, Actor actor)
    {
        await gate.WaitAsync();
        try
        {
            if (subscriptions.ContainsKey((connectionId, workspaceId)))
            {
                return;
            }

            subscriptions[(connectionId, workspaceId)] = await WorkspaceSubscription.StartAsync(
                grains,
                grains.GetGrain<IWorkspaceGrain>(workspaceId),
                actor,
                workspaceEvent => ForwardAsync(workspaceId, connectionId, actor, workspaceEvent),
                log);
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
            await EndAsync((connectionId, workspaceId));
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
            foreach (var key in subscriptions.Keys.Where(key => key.ConnectionId == connectionId).ToList())
            {
                await EndAsync(key);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    // Events missed (null) need nothing here: clients notice the gap in versions and fetch the workspace.
    private async Task ForwardAsync(string workspaceId, string connectionId, Actor actor, WorkspaceEvent? workspaceEvent)
    {
        if (workspaceEvent is MemberLeft left && left.PersonId == actor.PersonId && !actor.IsAdministrator)
        {
            await hub.Clients.Client(connectionId).AccessRevokedAsync(workspaceId);
            _ = LeaveAsync(workspaceId, connectionId);
            return;
        }

        if (workspaceEvent is not null)
        {
            await hub.Clients.Client(connectionId).WorkspaceChangedAsync(workspaceEvent);
        }
    }

    private async Task EndAsync((string ConnectionId, string WorkspaceId) key)
    {
        if (subscriptions.Remove(key, out var subscription))
        {
            await subscription.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var subscription in subscriptions.Values)
        {
            await subscription.DisposeAsync();
        }

        subscriptions.Clear();
        gate.Dispose();
    }
}
