using System.Globalization;
using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Components.Pages.Workspaces;
using Kooperationsraum.Web.Identity;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace Kooperationsraum.Web.Components.Pages.Cooperations;

/// <summary>
/// A cooperation with its partners and the digital projects the person may see: lead partner, category, status, dates and
/// milestones, read from the cooperation's dashboard (no project is loaded for it); projects are created and edited here.
/// </summary>
public sealed partial class CooperationPage
{
    [Parameter] public string CooperationId { get; set; } = string.Empty;

    [Inject] private DashboardService Dashboards { get; set; } = null!;

    [Inject] private WorkspaceService Workspaces { get; set; } = null!;

    [Inject] private WorkspaceRegistryService Registry { get; set; } = null!;

    [Inject] private DirectoryService Directory { get; set; } = null!;

    [Inject] private IActorAccessor Actors { get; set; } = null!;

    [Inject] private DialogService Dialogs { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private TimeProvider Clock { get; set; } = null!;

    private CooperationDashboard? dashboard;
    private ProjectSummary? cooperation;
    private WorkspaceSummary? cooperationSummary;
    private IReadOnlyDictionary<string, Organisation> organisations = new Dictionary<string, Organisation>();
    private bool loaded;

    protected override async Task OnParametersSetAsync()
    {
        loaded = false;
        organisations = (await Directory.GetOrganisationsAsync()).ToDictionary(o => o.Id);
        await LoadAsync();
        loaded = true;
    }

    private async Task LoadAsync()
    {
        try
        {
            dashboard = await Dashboards.GetAsync(CooperationId, BerlinCalendar.Today(Clock));
            cooperation = dashboard.Cooperation;
            cooperationSummary = (await Registry.ListAsync()).FirstOrDefault(s => s.Id == CooperationId && s.Kind == WorkspaceKind.Cooperation);
            if (cooperation is null && dashboard.Projects.Count == 0 && cooperationSummary is null)
            {
                dashboard = null;
            }
        }
        catch (WorkspaceRuleException refusal) when (refusal.Error == WorkspaceError.NotAllowed)
        {
            dashboard = null;
        }
    }

    // The grain decides in the end; this only hides buttons that would be refused.
    private bool MayCoordinate(ProjectSummary project) =>
        Actors.Current.IsAdministrator
        || project.Members.Any(member => member.PersonId == Actors.Current.PersonId && member.Role == WorkspaceRole.Coordination);

    private string OrganisationName(string id) => organisations.TryGetValue(id, out var organisation) ? organisation.Name : id;

    private static string Dates(ProjectSummary project) =>
        string.Join(" – ", new[] { project.StartsOn, project.EndsOn }.OfType<DateOnly>().Select(date => date.ToString("d", CultureInfo.CurrentCulture)));

    private async Task CreateProjectAsync()
    {
        var created = await Dialogs.OpenAsync<CreateWorkspaceDialog>(
            L["Overview.NewProject"],
            new Dictionary<string, object?> { [nameof(CreateWorkspaceDialog.Kind)] = WorkspaceKind.Project, [nameof(CreateWorkspaceDialog.Cooperations)] = new[] { cooperationSummary! } },
            new DialogOptions { Width = "min(40rem, 95vw)" });
        if (created is WorkspaceSnapshot)
        {
            await LoadAsync();
        }
    }

    private async Task EditProjectAsync(string projectId)
    {
        var project = await Workspaces.GetAsync(projectId);
        if (project is null)
        {
            return;
        }

        var cooperations = (await Registry.ListAsync()).Where(s => s.Kind == WorkspaceKind.Cooperation).ToList();
        var saved = await Dialogs.OpenAsync<EditWorkspaceDialog>(
            L["Workspace.EditDetails"],
            new Dictionary<string, object?> { [nameof(EditWorkspaceDialog.Workspace)] = project, [nameof(EditWorkspaceDialog.Cooperations)] = cooperations },
            new DialogOptions { Width = "min(40rem, 95vw)" });
        if (saved is true)
        {
            await LoadAsync();
        }
    }

    private async Task EditMilestonesAsync(ProjectSummary project)
    {
        var saved = await Dialogs.OpenAsync<MilestoneDialog>(
            L["Dashboard.MilestoneDialogTitle", project.Title],
            new Dictionary<string, object?> { [nameof(MilestoneDialog.ProjectId)] = project.WorkspaceId },
            new DialogOptions { Width = "min(48rem, 95vw)" });
        if (saved is true)
        {
            await LoadAsync();
        }
    }
}
