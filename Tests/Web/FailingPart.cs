using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Kooperationsraum.Tests.Web;

/// <summary>A part of a page that fails with <see cref="Failure"/> when it starts, or else says that it was drawn.</summary>
public sealed class FailingPart : ComponentBase
{
    [Parameter] public Exception? Failure { get; set; }

    protected override void OnInitialized()
    {
        if (Failure is not null)
        {
            throw Failure;
        }
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, "gezeichnet");
}
