using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Tests.Hubs;

/// <summary>
/// Stands in for a defect behind a hub: a call whose first argument is <see cref="Trigger"/> fails with an exception
/// that no check of the product throws. Everything else passes through.
/// </summary>
public sealed class DefectiveHubFilter : IHubFilter
{
    public const string Trigger = "defekt";

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next) =>
        invocationContext.HubMethodArguments is [Trigger, ..]
            ? throw new InvalidOperationException("A defect behind the hub.")
            : next(invocationContext);
}
