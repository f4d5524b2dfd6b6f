namespace Kooperationsraum.Web.Components.Pages.Dashboards;

/// <summary>
/// What a dashboard page shows apart from the timeline, as the person sees it: built from the <see cref="DashboardModel"/>
/// on every render, or, until the interactive page has loaded its model, taken over from the prerender.
/// </summary>
/// <param name="CooperationTitle">The title of the cooperation a cooperation's dashboard shows; empty for the portfolio.</param>
/// <param name="CooperationIds">The cooperations the page follows.</param>
/// <param name="AllProjects">Every project the person may see, whatever the filters say.</param>
/// <param name="Rows">The table: the projects that pass the filters, by cooperation and title.</param>
public sealed record DashboardView(
    string CooperationTitle,
    IReadOnlyList<string> CooperationIds,
    int AllProjects,
    IReadOnlyList<DashboardRow> Rows,
    IReadOnlyList<FlowSeries> Flow,
    IReadOnlyList<PartnerOption> Partners,
    IReadOnlyList<ContributionRow> Contributions);
