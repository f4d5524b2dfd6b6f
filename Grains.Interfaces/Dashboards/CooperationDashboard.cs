namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>
/// A cooperation's dashboard as one person may see it: the cooperation itself (null when it has not reported yet or the
/// person may not see it), the projects they may see, and the history of exactly those projects for the cumulative
/// flow, one per project, so that any selection of them can be summed (<see cref="CumulativeFlow.Sum"/>).
/// </summary>
public sealed record CooperationDashboard(
    string CooperationId,
    ProjectSummary? Cooperation,
    IReadOnlyList<ProjectSummary> Projects,
    IReadOnlyList<ProjectFlow> Flow);
