using Kooperationsraum.Grains.Interfaces.People;
using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Which hub connections follow which grain, kept as SignalR groups: the grain is followed once, by one
/// subscription, however many connections join its group, and the subscription ends with the last of them.
/// </summary>
public sealed class GroupFollowing(
    IGroupManager groups,
    Func<string, string> groupName,
    Func<string, Actor, Task<IAsyncDisposable>> follow) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, IAsyncDisposable> subscriptions = [];
    private readonly Dictionary<string, int> connectionCounts = [];
    private readonly Dictionary<string, HashSet<string>> keysByConnection = [];

    public async Task JoinAsync(string key, string connectionId, Actor actor)
    {
        await gate.WaitAsync();
        try
        {
            if (!keysByConnection.TryGetValue(connectionId, out var keys))
            {
                keys = keysByConnection[connectionId] = [];
            }

            if (!keys.Add(key))
            {
                return;
            }

            if (!subscriptions.ContainsKey(key))
            {
                subscriptions[key] = await follow(key, actor);
            }

            connectionCounts[key] = connectionCounts.GetValueOrDefault(key) + 1;
            await groups.AddToGroupAsync(connectionId, groupName(key));
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task LeaveAsync(string key, string connectionId)
    {
        await gate.WaitAsync();
        try
        {
            if (keysByConnection.TryGetValue(connectionId, out var keys) && keys.Remove(key))
            {
                await groups.RemoveFromGroupAsync(connectionId, groupName(key));
                await ReleaseAsync(key);
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
            if (keysByConnection.Remove(connectionId, out var keys))
            {
                foreach (var key in keys)
                {
                    await ReleaseAsync(key);
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task ReleaseAsync(string key)
    {
        var remaining = connectionCounts.GetValueOrDefault(key) - 1;
        if (remaining > 0)
        {
            connectionCounts[key] = remaining;
            return;
        }

        connectionCounts.Remove(key);
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
