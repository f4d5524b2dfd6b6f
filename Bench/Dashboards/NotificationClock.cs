using System.Collections.Concurrent;
using System.Diagnostics;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Dashboards;

namespace Kooperationsraum.Bench.Dashboards;

/// <summary>
/// Observes the dashboards for the benchmark: when a project's change was started (<see cref="Started"/>) and its
/// summary arrives here, the time between goes into <see cref="Latencies"/>.
/// </summary>
public sealed class NotificationClock : IDashboardObserver
{
    private readonly ConcurrentDictionary<string, long> pending = new(StringComparer.Ordinal);
    private long arrived;

    public LatencyHistogram Latencies { get; } = new();

    public TimeSpan Slowest { get; private set; }

    /// <summary>How many awaited summaries have arrived.</summary>
    public long Arrived => Interlocked.Read(ref arrived);

    /// <summary>Notes that a change of <paramref name="workspaceId"/> starts now.</summary>
    public void Started(string workspaceId) => pending[workspaceId] = Stopwatch.GetTimestamp();

    public void OnSummaryChanged(ProjectSummary summary)
    {
        var now = Stopwatch.GetTimestamp();
        if (!pending.TryRemove(summary.WorkspaceId, out var started))
        {
            return;
        }

        Latencies.Add(started, now);
        var elapsed = Stopwatch.GetElapsedTime(started, now);
        lock (Latencies)
        {
            Slowest = elapsed > Slowest ? elapsed : Slowest;
        }

        Interlocked.Increment(ref arrived);
    }

    public void OnSummaryHidden(string cooperationId, string workspaceId)
    {
    }
}
