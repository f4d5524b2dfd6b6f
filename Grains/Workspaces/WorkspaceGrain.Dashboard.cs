using Kooperationsraum.Grains.Dashboards;
using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Persistence;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// The workspace's part in the dashboards: after every durable change, and when it activates, it pushes its summary to
/// its cooperation's dashboard. The push is one-way (the dashboard never calls a workspace), so no call cycle can form; it
/// runs under the host's call timeout, and a failed one must not fail the caller's change, so it is retried by a timer
/// until the dashboard takes it. The editing sessions its documents report are kept here too, since the summary counts
/// them as the partner organisations' contributions.
/// </summary>
public sealed partial class WorkspaceGrain
{
    private static readonly TimeSpan DashboardRetryPeriod = TimeSpan.FromSeconds(5);

    // The summary is the workspace's whole board as its administrators see it, reduced to counts.
    private static readonly Actor DashboardReporter = new("system:dashboard", "Dashboard", string.Empty, true);

    private IDisposable? scheduledDashboardPush;
    private (string CooperationId, long Version)? pushedTo;

    public async Task ReportDocumentEditsAsync(DocumentEdits edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        if (!storage.State.Exists)
        {
            return;
        }

        var changed = storage.State.Clone();
        if (!new DocumentEditLedger(changed).Take(edits))
        {
            return;
        }

        changed.EditReports++;
        await storage.CommitAsync(changed, DeactivateOnIdle);
        await PushDashboardSummaryAsync();
    }

    private async Task PushDashboardSummaryAsync()
    {
        var state = storage.State;
        if (!state.Exists)
        {
            return;
        }

        try
        {
            var summary = ProjectSummaryBuilder.Build(
                Current().Snapshot(DashboardReporter),
                state.Activity.Count > 0 ? state.Activity[^1].By : null,
                new DocumentEditLedger(state).Totals(),
                state.EditReports);
            if (pushedTo is { } previous && previous.CooperationId != summary?.CooperationId)
            {
                await GrainFactory.GetGrain<ICooperationDashboardGrain>(previous.CooperationId).ForgetAsync(state.Id, state.Version);
            }

            if (summary is not null)
            {
                await GrainFactory.GetGrain<ICooperationDashboardGrain>(summary.CooperationId).ReportAsync(summary);
            }

            pushedTo = summary is null ? null : (summary.CooperationId, summary.Version);
            scheduledDashboardPush?.Dispose();
            scheduledDashboardPush = null;
        }
        catch (Exception)
        {
            // The change is durable already; the dashboard catches up with the next push that succeeds.
            ScheduleDashboardPush(DashboardRetryPeriod);
        }
    }

    private void ScheduleDashboardPush(TimeSpan dueTime) =>
        scheduledDashboardPush ??= RegisterGrainTimer(_ => PushDashboardSummaryAsync(), dueTime, DashboardRetryPeriod);
}
