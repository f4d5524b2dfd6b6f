namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>
/// One project's history for the cumulative flow: its task counts per column on the days it changed, oldest first, each
/// holding until the next; the first may lie before the period asked for, since it tells how the period began. Kept per
/// project so that a page can sum exactly the projects its filters let through (<see cref="CumulativeFlow"/>).
/// </summary>
public sealed record ProjectFlow(string WorkspaceId, IReadOnlyList<FlowDay> Days);
