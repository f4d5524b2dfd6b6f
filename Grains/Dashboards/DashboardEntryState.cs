using Kooperationsraum.Grains.Interfaces.Dashboards;

namespace Kooperationsraum.Grains.Dashboards;

/// <summary>
/// One workspace on a dashboard: its latest summary, stored in the contract's shape (the workspace reports it again on
/// every activation, so a shape change heals itself), and its daily column counts, oldest first, one entry per day on
/// which it reported.
/// </summary>
public sealed class DashboardEntryState
{
    public required ProjectSummary Summary { get; set; }

    public List<FlowDayState> Flow { get; set; } = [];
}
