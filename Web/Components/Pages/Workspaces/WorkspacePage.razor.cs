using System.Globalization;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using Kooperationsraum.Web.Components.Shared;
using Kooperationsraum.Web.Identity;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace Kooperationsraum.Web.Components.Pages.Workspaces;

/// <summary>
/// A workspace with its board, documents, members and activity, kept live: the page follows the workspace grain and
/// reloads its snapshot when an event arrives, coalescing bursts into one reload.
/// </summary>
public sealed partial class WorkspacePage : IAsyncDisposable
{
    [Parameter] public string WorkspaceId { get; set; } = string.Empty;

    [Inject] private WorkspaceService Workspaces { get; set; } = null!;

    [Inject] private DirectoryService Directory { get; set; } = null!;

    [Inject] private WorkspaceRegistryService Registry { get; set; } = null!;

    [Inject] private IActorAccessor Actors { get; set; } = null!;

    [Inject] private DialogService Dialogs { get; set; } = null!;

    [Inject] private ILogger<WorkspacePage> Logger { get; set; } = null!;

    private WorkspaceSnapshot? snapshot;
    private IReadOnlyDictionary<string, string> organisationNames = new Dictionary<string, string>();
    private WorkspaceSubscription? subscription;
    private string? subscribedTo;
    private bool loaded;
    private bool live;
    private int selectedTab;
    private bool reloading;
    private bool reloadPending;
    private bool removed;

    private WorkspaceRole? Role =>
        snapshot?.Members.FirstOrDefault(m => m.PersonId == Actors.Current.PersonId)?.Role;

    private bool CanCoordinate => Actors.Current.IsAdministrator || Role == WorkspaceRole.Coordination;

    private bool CanEdit => CanCoordinate || Role == WorkspaceRole.Member;

    private bool CanComment => CanEdit || Role == WorkspaceRole.Guest;

    private string PartnerLine
    {
        get
        {
            var details = snapshot!.Details;
            var partners = string.Join(" · ", details.PartnerOrganisationIds.Select(OrganisationName));
            var dates = (details.StartsOn, details.EndsOn) switch
            {
                ({ } start, { } end) => $"{start.ToString("d", CultureInfo.CurrentCulture)} – {end.ToString("d", CultureInfo.CurrentCulture)}",
                ({ } start, null) => L["Workspace.Since", start.ToString("d", CultureInfo.CurrentCulture)].Value,
                _ => string.Empty,
            };
            return string.Join("  |  ", new[] { partners, dates }.Where(part => part.Length > 0));
        }
    }

    private string OrganisationName(string id) => organisationNames.TryGetValue(id, out var name) ? name : id;

    protected override async Task OnParametersSetAsync()
    {
        if (subscribedTo == WorkspaceId && loaded)
        {
            return;
        }

        await StopFollowingAsync();
        loaded = false;
        removed = false;
        organisationNames = (await Directory.GetOrganisationsAsync()).ToDictionary(o => o.Id, o => o.Name);
        snapshot = await LoadAsync();
        loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Only the interactive render follows the grain; the prerender would subscribe and leave at once.
        if (snapshot is null || removed || subscribedTo == WorkspaceId)
        {
            return;
        }

        subscribedTo = WorkspaceId;
        subscription = await Workspaces.SubscribeAsync(WorkspaceId, OnWorkspaceEventAsync);
        live = true;

        // Something may have changed between the first load and the subscription.
        await ReloadAsync();
    }

    private Task OnWorkspaceEventAsync(WorkspaceEvent? workspaceEvent)
    {
        var actor = Actors.Current;
        if (workspaceEvent is MemberLeft left && left.PersonId == actor.PersonId && !actor.IsAdministrator)
        {
            return InvokeAsync(ShowRemovedAsync);
        }

        if (workspaceEvent is not null && snapshot is not null && workspaceEvent.Version <= snapshot.Version)
        {
            return Task.CompletedTask;
        }

        return InvokeAsync(ReloadAsync);
    }

    private async Task ReloadAsync()
    {
        if (reloading)
        {
            reloadPending = true;
            return;
        }

        reloading = true;
        try
        {
            do
            {
                reloadPending = false;
                var latest = await LoadAsync();
                if (latest is null || snapshot is null || latest.Version >= snapshot.Version)
                {
                    snapshot = latest;
                }
            }
            while (reloadPending);
        }
        finally
        {
            reloading = false;
        }

        StateHasChanged();
    }

    // The grain sent the removal as this page's last event; the content goes and a notice takes its place.
    private async Task ShowRemovedAsync()
    {
        await StopFollowingAsync();
        removed = true;
        snapshot = null;
        StateHasChanged();
    }

    private async Task<WorkspaceSnapshot?> LoadAsync()
    {
        try
        {
            return await Workspaces.GetAsync(WorkspaceId);
        }
        catch (WorkspaceRuleException refusal) when (refusal.Error is WorkspaceError.NotAllowed or WorkspaceError.WorkspaceNotFound)
        {
            Logger.LogInformation("Workspace {WorkspaceId} is not visible: {Error}", WorkspaceId, refusal.Error);
            return null;
        }
    }

    private async Task EditDetailsAsync()
    {
        var cooperations = (await Registry.ListAsync()).Where(w => w.Kind == WorkspaceKind.Cooperation).ToList();

        await Dialogs.OpenAsync<EditWorkspaceDialog>(
            L["Workspace.EditDetails"],
            new Dictionary<string, object?>
            {
                [nameof(EditWorkspaceDialog.Workspace)] = snapshot,
                [nameof(EditWorkspaceDialog.Cooperations)] = cooperations,
            },
            new DialogOptions { Width = "min(40rem, 95vw)" });
        await ReloadAsync();
    }

    private async Task StopFollowingAsync()
    {
        live = false;
        subscribedTo = null;
        if (subscription is not null)
        {
            await subscription.DisposeAsync();
            subscription = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopFollowingAsync();
    }
}
