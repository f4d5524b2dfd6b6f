using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.JSInterop;

namespace Kooperationsraum.Web.Components.Shared;

/// <summary>
/// Keeps a browser-drawn part of a page (Radzen's Gantt and charts call the browser after each render) from failing the
/// circuit when the browser is already gone: a page closed right after a render leaves the component's call to the
/// browser to throw <see cref="JSDisconnectedException"/> while the circuit is disposed, which nobody can see, so it is
/// dropped. Any other failure is logged as an error and replaced by <see cref="ErrorBoundaryBase.ErrorContent"/>, so that
/// the rest of the page goes on.
/// </summary>
public sealed class DisconnectTolerantBoundary : ErrorBoundaryBase
{
    [Inject] private ILogger<DisconnectTolerantBoundary> Logger { get; set; } = null!;

    protected override Task OnErrorAsync(Exception exception)
    {
        if (exception is not JSDisconnectedException)
        {
            Logger.LogError(exception, "A part of the page failed to render and is left out.");
        }

        return Task.CompletedTask;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (CurrentException is null)
        {
            builder.AddContent(0, ChildContent);
        }
        else if (CurrentException is not JSDisconnectedException)
        {
            builder.AddContent(1, ErrorContent, CurrentException);
        }
    }
}
