using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>Hears of every summary a cooperation's dashboard takes in, as far as its subscriber may see it.</summary>
public interface IDashboardObserver : IGrainObserver
{
    /// <summary>
    /// A summary the subscriber may see was taken in and is durable; it replaces the one with the same workspace id. A
    /// cooperation's own summary may change who sees which project, so a subscriber reloads the dashboard on one.
    /// </summary>
    void OnSummaryChanged(ProjectSummary summary);

    /// <summary>The subscriber may no longer see a workspace it saw (they left it, or it moved away); drop its figures.</summary>
    void OnSummaryHidden(string cooperationId, string workspaceId);
}
