namespace Kooperationsraum.Web.Components.Pages.Dashboards;

/// <summary>
/// One project as a row of the dashboard table shows it, counted on the day of looking and worded in the person's
/// language; nothing more, since the prerender hands its rows to the browser (<see cref="DashboardSnapshot"/>).
/// </summary>
public sealed record DashboardRow(
    string ProjectId,
    string Title,
    string CooperationId,
    string CooperationTitle,
    string CategoryAndStatus,
    IReadOnlyList<DashboardColumn> Columns,
    double DoneShare,
    int Overdue,
    int DueThisWeek,
    int ColumnsAtWipLimit,
    string LastActivity);
