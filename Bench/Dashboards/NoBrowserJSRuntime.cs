using Microsoft.JSInterop;

namespace Kooperationsraum.Bench.Dashboards;

/// <summary>
/// The script runtime of a page rendered to HTML on the server, where no browser runs: components may hold it, but a call
/// fails, since static rendering never runs the after-render code that makes such calls.
/// </summary>
public sealed class NoBrowserJSRuntime : IJSRuntime
{
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
        throw new InvalidOperationException($"No browser runs while a page is rendered to HTML; '{identifier}' cannot be called.");

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
        InvokeAsync<TValue>(identifier, args);
}
