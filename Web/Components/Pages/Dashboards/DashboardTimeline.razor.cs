using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Radzen.Blazor;

namespace Kooperationsraum.Web.Components.Pages.Dashboards;

/// <summary>
/// The timeline of a dashboard: projects and their milestones in a Gantt chart, kept live. The Gantt is by far the costliest
/// part of the page to render (it looks up each row's children with a query it compiles anew, row by row, on every
/// render), and it takes new data only when told to reload. So the timeline follows its items at most every
/// <see cref="RenderInterval"/>: during a burst of changes the table and the charts show each change as it arrives, and the
/// bars' share done follows within that interval. It changes the Gantt's list in place and reloads it, which costs one
/// render of the Gantt; only when the span of the dates changes does it render the Gantt with new bounds first.
/// </summary>
public sealed partial class DashboardTimeline : IDisposable
{
    /// <summary>The shortest time between two updates of the timeline.</summary>
    public static readonly TimeSpan RenderInterval = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan Margin = TimeSpan.FromDays(14);

    /// <summary>The bars to show; at least one.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<TimelineItem> Items { get; set; } = [];

    [Inject] private TimeProvider Clock { get; set; } = null!;

    private readonly CancellationTokenSource disposing = new();
    private readonly List<TimelineItem> shown = [];
    private RadzenGantt<TimelineItem>? gantt;
    private DateTime viewStart;
    private DateTime viewEnd;
    private long shownAt;
    private bool updateScheduled;
    private bool boundsChanged;

    protected override void OnParametersSet()
    {
        if (shownAt == 0)
        {
            Show();
            return;
        }

        Follow();
    }

    // The Gantt renders only when its bounds change; otherwise it is reloaded.
    protected override bool ShouldRender() => boundsChanged;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (boundsChanged)
        {
            boundsChanged = false;
            await ReloadAsync();
        }
    }

    private void Follow()
    {
        if (Items.SequenceEqual(shown))
        {
            return;
        }

        var since = Clock.GetElapsedTime(shownAt);
        if (since < RenderInterval)
        {
            UpdateLater(RenderInterval - since);
            return;
        }

        var bounds = (viewStart, viewEnd);
        Show();
        if ((viewStart, viewEnd) != bounds)
        {
            boundsChanged = true;
            StateHasChanged();
        }
        else
        {
            _ = ReloadSoonAsync();
        }
    }

    private void Show()
    {
        shown.Clear();
        shown.AddRange(Items);
        viewStart = Items.Min(item => item.Start) - Margin;
        viewEnd = Items.Max(item => item.End) + Margin;
        shownAt = Clock.GetTimestamp();
    }

    // After the render under way, on the renderer's thread.
    private async Task ReloadSoonAsync()
    {
        await Task.Yield();
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        if (gantt is null || disposing.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await gantt.Reload();
        }
        catch (JSDisconnectedException)
        {
            // The browser left while the timeline caught up; the circuit is going away with it.
        }
    }

    private void UpdateLater(TimeSpan delay)
    {
        if (updateScheduled)
        {
            return;
        }

        updateScheduled = true;
        _ = UpdateLaterAsync(delay);
    }

    private async Task UpdateLaterAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, Clock, disposing.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await InvokeAsync(() =>
        {
            updateScheduled = false;
            Follow();
        });
    }

    public void Dispose()
    {
        disposing.Cancel();
        disposing.Dispose();
    }
}
