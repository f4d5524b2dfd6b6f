using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Web.Components.Pages.Dashboards;

/// <summary>
/// What a dashboard page shows, kept up to date by the summaries its subscription brings: one changed project replaces
/// one entry, nothing is reloaded. The filters (category, partner, status) narrow the table, the charts, the timeline
/// and the cumulative flow, which sums the histories the dashboards keep per project over exactly the filtered ones. Not
/// thread-safe: the page changes and reads it on its renderer's thread only.
/// </summary>
public sealed class DashboardModel
{
    private readonly Dictionary<string, ProjectSummary?> cooperations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectSummary> projects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<FlowDay>> pastFlow = new(StringComparer.Ordinal);
    private readonly DateOnly flowFrom;
    private readonly DateOnly today;

    /// <summary>The model of <paramref name="dashboards"/>, loaded on <paramref name="today"/> with their flow from <paramref name="flowFrom"/> on.</summary>
    public DashboardModel(IReadOnlyList<CooperationDashboard> dashboards, DateOnly flowFrom, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(dashboards);
        this.flowFrom = flowFrom;
        this.today = today;
        foreach (var dashboard in dashboards)
        {
            cooperations[dashboard.CooperationId] = dashboard.Cooperation;
            foreach (var project in dashboard.Projects)
            {
                projects[project.WorkspaceId] = project;
            }

            foreach (var history in dashboard.Flow)
            {
                pastFlow[history.WorkspaceId] = [.. history.Days.Where(day => day.Day < today)];
            }
        }
    }

    public DateOnly Today => today;

    public IReadOnlyCollection<string> CooperationIds => cooperations.Keys;

    public ProjectCategory? Category { get; set; }

    public ProjectStatus? Status { get; set; }

    public string? PartnerId { get; set; }

    /// <summary>Every project the person may see, whatever the filters say.</summary>
    public int AllProjects => projects.Count;

    /// <summary>
    /// Takes in a summary the subscription brought; an older one than held is ignored.
    /// </summary>
    /// <returns>Whether the page must reload: a cooperation's own summary may change who sees which project.</returns>
    public bool Apply(ProjectSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Kind == WorkspaceKind.Cooperation)
        {
            return true;
        }

        if (projects.TryGetValue(summary.WorkspaceId, out var held) && !summary.IsNewerThan(held))
        {
            return false;
        }

        projects[summary.WorkspaceId] = summary;
        return false;
    }

    public void Hide(string workspaceId)
    {
        projects.Remove(workspaceId);
        pastFlow.Remove(workspaceId);
    }

    public string CooperationTitle(string cooperationId) =>
        cooperations.GetValueOrDefault(cooperationId)?.Title ?? string.Empty;

    /// <summary>The projects that pass the filters, by cooperation and title.</summary>
    public IReadOnlyList<ProjectSummary> Projects =>
    [
        .. projects.Values
            .Where(project => Category is null || project.Category == Category)
            .Where(project => Status is null || project.Status == Status)
            .Where(project => PartnerId is null || project.LeadOrganisationId == PartnerId || project.PartnerOrganisationIds.Contains(PartnerId))
            .OrderBy(project => CooperationTitle(project.CooperationId), StringComparer.CurrentCulture)
            .ThenBy(project => project.Title, StringComparer.CurrentCulture)
            .ThenBy(project => project.WorkspaceId, StringComparer.Ordinal),
    ];

    /// <summary>Every organisation that leads or partners a visible project or cooperation, for the partner filter.</summary>
    public IReadOnlyList<string> PartnerIds =>
    [
        .. projects.Values.Concat(cooperations.Values.OfType<ProjectSummary>())
            .SelectMany(summary => summary.PartnerOrganisationIds.Append(summary.LeadOrganisationId ?? string.Empty))
            .Where(id => id.Length > 0).Distinct(StringComparer.Ordinal),
    ];

    /// <summary>Contributions of each organisation summed over the filtered projects, most done tasks first.</summary>
    public IReadOnlyList<PartnerContribution> Contributions =>
    [
        .. Projects.SelectMany(project => project.Contributions)
            .GroupBy(contribution => contribution.OrganisationId, StringComparer.Ordinal)
            .Select(group => new PartnerContribution(group.Key, group.Sum(each => each.TasksDone), group.Sum(each => each.EditSessions)))
            .OrderByDescending(contribution => contribution.TasksDone).ThenByDescending(contribution => contribution.EditSessions)
            .ThenBy(contribution => contribution.OrganisationId, StringComparer.Ordinal),
    ];

    /// <summary>
    /// The cumulative flow of the filtered projects: the days before today as the dashboards kept them, and today from the
    /// summaries as they are now, so that a change shows in the chart as soon as it arrives. Columns in the order the
    /// boards show them.
    /// </summary>
    public IReadOnlyList<FlowSeries> Flow
    {
        get
        {
            var filtered = Projects;
            var histories = filtered.Select(project => new ProjectFlow(
                project.WorkspaceId,
                [.. pastFlow.GetValueOrDefault(project.WorkspaceId) ?? [], new FlowDay(today, CountByName(project.Columns))]));
            var points = CumulativeFlow.Sum(histories, flowFrom, today);
            var columns = filtered.SelectMany(project => project.Columns.Select(column => column.Name))
                .Concat(points.Select(point => point.Column)).Distinct(StringComparer.Ordinal).ToList();
            var totals = points.ToDictionary(point => (point.Day, point.Column), point => point.Tasks);
            var days = Enumerable.Range(0, today.DayNumber - flowFrom.DayNumber + 1).Select(flowFrom.AddDays).ToList();
            return
            [
                .. columns.Select(column => new FlowSeries(
                    column,
                    [.. days.Select(day => new FlowDatum(day.ToDateTime(TimeOnly.MinValue), totals.GetValueOrDefault((day, column))))])),
            ];
        }
    }

    /// <summary>Each filtered project with dates as a bar, its milestones below it; projects without dates are left out.</summary>
    public IReadOnlyList<TimelineItem> Timeline =>
    [
        .. Projects.Where(project => project.StartsOn is not null || project.EndsOn is not null).SelectMany(project =>
        {
            var start = project.StartsOn ?? project.EndsOn!.Value;
            var end = project.EndsOn ?? start;
            return project.Milestones
                .Select((milestone, index) => new TimelineItem(
                    $"{project.WorkspaceId}/{index}",
                    project.WorkspaceId,
                    milestone.Done ? $"✓ {milestone.Title}" : milestone.Title,
                    milestone.Date.ToDateTime(TimeOnly.MinValue),
                    milestone.Date.AddDays(1).ToDateTime(TimeOnly.MinValue),
                    milestone.Done ? 100 : 0))
                .Prepend(new TimelineItem(
                    project.WorkspaceId,
                    null,
                    project.Title,
                    start.ToDateTime(TimeOnly.MinValue),
                    end.AddDays(1).ToDateTime(TimeOnly.MinValue),
                    Math.Round(project.DoneShare * 100, 1)));
        }),
    ];

    private static Dictionary<string, int> CountByName(IReadOnlyList<ColumnFigure> columns) =>
        columns.GroupBy(column => column.Name, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Sum(column => column.Tasks), StringComparer.Ordinal);
}
