using System.Globalization;
using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Components.Shared;
using Kooperationsraum.Web.Exports;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace Kooperationsraum.Web.Components.Pages.Dashboards;

/// <summary>
/// The dashboard of one cooperation, or without <see cref="CooperationId"/> the portfolio of every cooperation the person
/// may see something of. Kept live without reloading: the page follows the cooperations' dashboard grains, takes each
/// changed summary into its <see cref="DashboardModel"/>, and renders at most every <see cref="RenderInterval"/>: the first
/// change after a quiet spell at once, the rest of a burst together at the interval's end. Who is active in which
/// document is read from this process every few seconds. The prerender hands what it showed to the interactive page
/// (<see cref="DashboardSnapshot"/>), which starts with it and loads the model behind it, so that no row disappears on
/// the way to being live.
/// </summary>
public sealed partial class DashboardPage : IAsyncDisposable
{
    /// <summary>Changes arriving within this time after a render share the next one.</summary>
    public static readonly TimeSpan RenderInterval = TimeSpan.FromMilliseconds(150);

    private static readonly TimeSpan PresenceInterval = TimeSpan.FromSeconds(3);

    // Distinguishable for the common forms of colour blindness (Okabe–Ito), in board order from open to done.
    private static readonly string[] FlowColours = ["#0072B2", "#E69F00", "#CC79A7", "#009E73", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    [Parameter] public string? CooperationId { get; set; }

    [Inject] private DashboardService Dashboards { get; set; } = null!;

    [Inject] private DirectoryService Directory { get; set; } = null!;

    [Inject] private PresenceService Presence { get; set; } = null!;

    [Inject] private TimeProvider Clock { get; set; } = null!;

    [Inject] private ILogger<DashboardPage> Logger { get; set; } = null!;

    [Inject] private PersistentComponentState ApplicationState { get; set; } = null!;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    private readonly CancellationTokenSource disposing = new();
    private DashboardModel? model;
    private DashboardView? view;
    private IReadOnlyDictionary<string, string> organisationNames = new Dictionary<string, string>();
    private PersistingComponentStateSubscription? persisting;
    private DashboardSubscription? subscription;
    private bool following;
    private string? loadedFor;
    private bool loaded;
    private ElementReference figures;
    private bool figuresShown;
    private bool figuresScheduled;
    private int figuresLoad;
    private bool viewFresh;
    private bool live;
    private bool renderScheduled;
    private long renderedAt;
    private bool reloadScheduled;
    private List<ProjectSummary>? arrivedWhileLoading;
    private ProjectCategory? category;
    private ProjectStatus? status;
    private string? partnerId;
    private IReadOnlyList<TimelineItem> timeline = [];
    private IReadOnlyList<DoneShareDatum> doneShares = [];
    private IReadOnlyList<ActiveEditor> active = [];
    private IReadOnlyList<object> categories = [];
    private IReadOnlyList<object> statuses = [];
    private Func<DashboardColumn, string> columnText = null!;

    private IReadOnlyList<DashboardRow> Rows => view?.Rows ?? [];

    private string DoneShareChartHeight => string.Create(CultureInfo.InvariantCulture, $"height: {Math.Max(12, Rows.Count * 2.2 + 4)}rem");

    private string Heading =>
        CooperationId is null ? L["Dashboard.PortfolioTitle"] : view?.CooperationTitle is { Length: > 0 } title ? title : L["Dashboard.Cooperation"];

    protected override void OnInitialized()
    {
        columnText = ColumnText;
        categories = [.. Enum.GetValues<ProjectCategory>().Select(c => new { Text = L.Name(c), Value = (ProjectCategory?)c })];
        statuses = [.. Enum.GetValues<ProjectStatus>().Select(s => new { Text = L.Name(s), Value = (ProjectStatus?)s })];
        if (!RendererInfo.IsInteractive)
        {
            persisting = ApplicationState.RegisterOnPersisting(PersistSnapshotAsync, RenderMode.InteractiveServer);
        }
        else if (ApplicationState.TryTakeFromJson<byte[]>(DashboardSnapshot.StateKey, out var packed) && packed is not null
                 && DashboardSnapshot.Unpack(packed) is { } snapshot && snapshot.CooperationId == CooperationId)
        {
            // The page starts with what the prerender showed; following the dashboards loads the model behind it.
            SetView(snapshot.View);
            active = snapshot.Active;
            loadedFor = CooperationId;
            loaded = true;
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        if (loaded && loadedFor == CooperationId)
        {
            return;
        }

        await StopFollowingAsync();
        loaded = false;
        figuresShown = false;
        figuresScheduled = false;
        figuresLoad++;
        await LoadAsync();
        loadedFor = CooperationId;
        loaded = true;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        viewFresh = false;

        // Only the interactive render follows the grains; the prerender would subscribe and leave at once.
        if (firstRender && RendererInfo.IsInteractive)
        {
            _ = RefreshPresenceAsync(disposing.Token);
        }

        if (view is null || !RendererInfo.IsInteractive)
        {
            return;
        }

        // The charts and the timeline are the larger part of the page's markup and of the browser's work, and the
        // table is what a coordinator reads first: they follow once the browser has painted the rows, and below a long
        // table only once the person scrolls towards them.
        if (!figuresScheduled)
        {
            figuresScheduled = true;
            _ = ShowFiguresWhenNearAsync();
        }

        if (following)
        {
            return;
        }

        following = true;
        _ = InvokeAsync(FollowAsync);
    }

    // Rebuilt once per render from the model, so that the markup reads plain lists; a load has just built it.
    protected override bool ShouldRender()
    {
        if (!viewFresh)
        {
            Show();
        }

        viewFresh = false;
        return true;
    }

    private async Task ShowFiguresWhenNearAsync()
    {
        var load = figuresLoad;
        try
        {
            await JS.InvokeVoidAsync("whenNearView", disposing.Token, figures);
        }
        catch (JSDisconnectedException)
        {
            return;
        }
        catch (Exception exception) when (exception is JSException or OperationCanceledException)
        {
            if (disposing.IsCancellationRequested)
            {
                return;
            }

            // The browser did not say (a stale script): drawn without waiting.
        }

        // Another cooperation's load started meanwhile and waits for its own figures.
        if (load != figuresLoad)
        {
            return;
        }

        figuresShown = true;
        StateHasChanged();
    }

    private void Show()
    {
        if (model is null)
        {
            return;
        }

        (model.Category, model.Status, model.PartnerId) = (category, status, partnerId);
        SetView(ViewOf(model));
        timeline = model.Timeline;
    }

    private void SetView(DashboardView shown)
    {
        view = shown;
        doneShares = [.. shown.Rows.Select(row => new DoneShareDatum(row.Title, Math.Round(row.DoneShare * 100, 1)))];
    }

    private DashboardView ViewOf(DashboardModel shown) =>
        new(
            CooperationId is null ? string.Empty : shown.CooperationTitle(CooperationId),
            [.. shown.CooperationIds],
            shown.AllProjects,
            [.. shown.Projects.Select(project => RowOf(project, shown))],
            shown.Flow,
            [.. shown.PartnerIds.Select(id => new PartnerOption(OrganisationName(id), id)).OrderBy(p => p.Text, StringComparer.CurrentCulture)],
            [.. shown.Contributions.Select(each => new ContributionRow(OrganisationName(each.OrganisationId), each.TasksDone, each.EditSessions))]);

    private DashboardRow RowOf(ProjectSummary project, DashboardModel shown) =>
        new(
            project.WorkspaceId,
            project.Title,
            project.CooperationId,
            shown.CooperationTitle(project.CooperationId),
            CategoryAndStatus(project),
            [.. project.Columns.Select(column => new DashboardColumn(column.Name, column.Tasks, column.WipLimit))],
            project.DoneShare,
            project.OverdueOn(shown.Today),
            project.DueInWeekOf(shown.Today),
            project.ColumnsAtWipLimit,
            LastActivity(project));

    // Runs at the end of the prerender, when the page has loaded and shown its model.
    private Task PersistSnapshotAsync()
    {
        if (view is not null && model is not null)
        {
            var packed = new DashboardSnapshot(CooperationId, view, active).Pack();
            if (packed.Length <= DashboardSnapshot.MaximumPackedBytes)
            {
                ApplicationState.PersistAsJson(DashboardSnapshot.StateKey, packed);
            }
            else
            {
                Logger.LogInformation("The dashboard's {Bytes} bytes are too many to hand to the circuit; it loads them again.", packed.Length);
            }
        }

        return Task.CompletedTask;
    }

    private async Task FollowAsync()
    {
        try
        {
            subscription = await Dashboards.SubscribeAsync(view!.CooperationIds, OnSummaryChanged, OnSummaryHidden, () => InvokeAsync(ReloadAsync));
            live = true;

            // Something may have changed between the first load and the subscription.
            await ReloadAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Logger.LogWarning(exception, "Following the dashboards failed; the page shows what it loaded.");
        }
    }

    private void OnSummaryChanged(ProjectSummary summary) =>
        _ = InvokeAsync(() =>
        {
            arrivedWhileLoading?.Add(summary);
            if (model is null)
            {
                return;
            }

            if (model.Apply(summary))
            {
                ScheduleReload();
            }
            else
            {
                ScheduleRender();
            }
        });

    private void OnSummaryHidden(string workspaceId) =>
        _ = InvokeAsync(() =>
        {
            model?.Hide(workspaceId);
            ScheduleRender();
        });

    // The first change after a quiet spell renders at once; what follows within the interval waits for one render at its end.
    private void ScheduleRender()
    {
        if (renderScheduled)
        {
            return;
        }

        var since = Clock.GetElapsedTime(renderedAt);
        if (since >= RenderInterval)
        {
            renderedAt = Clock.GetTimestamp();
            StateHasChanged();
            return;
        }

        renderScheduled = true;
        _ = RenderSoonAsync(RenderInterval - since);
    }

    private async Task RenderSoonAsync(TimeSpan delay)
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
            renderScheduled = false;
            renderedAt = Clock.GetTimestamp();
            StateHasChanged();
        });
    }

    private void ScheduleReload()
    {
        if (reloadScheduled)
        {
            return;
        }

        reloadScheduled = true;
        _ = InvokeAsync(async () =>
        {
            reloadScheduled = false;
            await ReloadAsync();
        });
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        var today = BerlinCalendar.Today(Clock);
        var flowFrom = today.AddDays(-DashboardService.DefaultFlowDays);

        // A summary that arrives while the dashboards are read may be newer than what they answer; it is applied again.
        var arrived = arrivedWhileLoading = [];
        try
        {
            organisationNames = (await Directory.GetOrganisationsAsync()).ToDictionary(o => o.Id, o => o.Name);
            IReadOnlyList<CooperationDashboard> dashboards = CooperationId is null
                ? await Dashboards.GetPortfolioAsync(flowFrom)
                : [await Dashboards.GetAsync(CooperationId, flowFrom)];

            // Administrators may look at any key; one that no cooperation and no project ever reported to is not there.
            model = dashboards is [{ Cooperation: null, Projects.Count: 0 }] && CooperationId is not null ? null : new DashboardModel(dashboards, flowFrom, today);
            foreach (var summary in arrived)
            {
                if (model?.Apply(summary) == true)
                {
                    ScheduleReload();
                }
            }

            active = model is null ? [] : Presence.ActiveIn(model.Projects);
            view = null;
            Show();
            viewFresh = true;
        }
        catch (WorkspaceRuleException refusal) when (refusal.Error == WorkspaceError.NotAllowed)
        {
            Logger.LogInformation("Dashboard {CooperationId} is not visible to the person.", CooperationId);
            model = null;
            view = null;
        }
        finally
        {
            arrivedWhileLoading = null;
        }
    }

    private async Task RefreshPresenceAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(PresenceInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                await InvokeAsync(() =>
                {
                    var now = model is null ? [] : Presence.ActiveIn(model.Projects);
                    if (!now.SequenceEqual(active))
                    {
                        active = now;
                        StateHasChanged();
                    }
                });
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private string ReportPath(string format) =>
        CooperationId is null ? StatusReportEndpoints.PortfolioPath(format) : StatusReportEndpoints.CooperationPath(CooperationId, format);

    private static string FlowColour(int index) => FlowColours[index % FlowColours.Length];

    private string OrganisationName(string id) => organisationNames.TryGetValue(id, out var name) ? name : id;

    private string CategoryAndStatus(ProjectSummary project) =>
        string.Join(" · ", new[] { project.Category is { } category ? L.Name(category) : null, project.Status is { } status ? L.Name(status) : null }.OfType<string>());

    private string ColumnText(DashboardColumn column) =>
        column.WipLimit is { } limit
            ? L["Dashboard.ColumnWithLimit", column.Name, column.Tasks, limit]
            : L["Dashboard.Column", column.Name, column.Tasks];

    private string LastActivity(ProjectSummary project) =>
        project.LastActivity is { } stamp
            ? L["Dashboard.ActivityBy", L.PersonName(stamp), stamp.At.ToLocalTime().ToString("g", CultureInfo.CurrentCulture)]
            : string.Empty;

    private async Task StopFollowingAsync()
    {
        following = false;
        live = false;
        if (subscription is not null)
        {
            await subscription.DisposeAsync();
            subscription = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        persisting?.Dispose();
        await disposing.CancelAsync();
        await StopFollowingAsync();
        disposing.Dispose();
    }
}
