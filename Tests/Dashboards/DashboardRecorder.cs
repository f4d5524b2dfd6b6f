using System.Collections.Concurrent;
using Kooperationsraum.Grains.Interfaces.Dashboards;

namespace Kooperationsraum.Tests.Dashboards;

/// <summary>Records what a dashboard tells its observer.</summary>
public sealed class DashboardRecorder : IDashboardObserver
{
    private readonly ConcurrentQueue<ProjectSummary> changed = new();
    private readonly ConcurrentQueue<string> hidden = new();

    public IReadOnlyList<ProjectSummary> Changed => [.. changed];

    public IReadOnlyList<string> Hidden => [.. hidden];

    public void OnSummaryChanged(ProjectSummary summary) => changed.Enqueue(summary);

    public void OnSummaryHidden(string cooperationId, string workspaceId) => hidden.Enqueue(workspaceId);
}
