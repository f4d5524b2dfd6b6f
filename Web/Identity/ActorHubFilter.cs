using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Identity;

/// <summary>
/// Gives every hub call's scope the connection's principal (<see cref="HubCallerContext.User"/>), which the cookie
/// set when the connection was opened, so the services a hub calls act for the person on the connection.
/// </summary>
public sealed class ActorHubFilter : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        Use(invocationContext.ServiceProvider, invocationContext.Context);
        return next(invocationContext);
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        Use(context.ServiceProvider, context.Context);
        return next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        Use(context.ServiceProvider, context.Context);
        return next(context, exception);
    }

    private static void Use(IServiceProvider services, HubCallerContext caller) =>
        services.GetRequiredService<ClaimsActorAccessor>().Use(caller.User);
}
