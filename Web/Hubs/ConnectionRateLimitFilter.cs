using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Applies the per-connection <see cref="ConnectionRateLimiter"/> to every call of a hub it is added to: a call above
/// the rate is refused with a clear error before it reaches the hub, and a connection that keeps flooding is closed.
/// </summary>
public sealed class ConnectionRateLimitFilter(ConnectionRateLimiter limiter) : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var connection = invocationContext.Context;
        var (allowed, close) = limiter.Take(connection.ConnectionId);
        if (close)
        {
            connection.Abort();
        }

        if (!allowed)
        {
            throw new HubException(
                $"Too many messages on this connection (at most {ConnectionRateLimiter.RefillPerSecond:0} a second); wait a moment and try again.");
        }

        return next(invocationContext);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        limiter.Forget(context.Context.ConnectionId);
        return next(context, exception);
    }
}
