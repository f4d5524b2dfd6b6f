using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Workspaces;

namespace Kooperationsraum.Grains.Dashboards;

/// <summary>
/// One cooperation's dashboard rules over its stored state, without a host: which summary replaces which, the daily
/// column counts kept for the cumulative flow, and who may see what. Administrators and the cooperation's Koordination
/// see every project of the cooperation; everyone else sees the workspaces they are a member of, nothing else, and
/// nothing of the others is counted for them either.
/// </summary>
public sealed class Dashboard(DashboardState state)
{
    /// <summary>How many days of column counts a dashboard keeps per project.</summary>
    public const int FlowRetentionDays = 120;

    /// <summary>
    /// Takes in <paramref name="summary"/> unless the one held is as new; counts its columns for <paramref name="today"/>.
    /// Replaces the entry rather than changing it, so that a copy of the state made before shares the old one untouched.
    /// </summary>
    /// <returns>Whether the dashboard changed.</returns>
    public bool Report(ProjectSummary summary, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var known = state.Entries.GetValueOrDefault(summary.WorkspaceId);
        if (known is not null && !summary.IsNewerThan(known.Summary))
        {
            return false;
        }

        var flow = known?.Flow.Where(day => day.Day < today).ToList() ?? [];
        if (summary.Kind == WorkspaceKind.Project)
        {
            flow.Add(new FlowDayState { Day = today, Tasks = CountByName(summary.Columns) });
            var windowStart = today.AddDays(-FlowRetentionDays);

            // The last day before the window stays, since it still tells how the window's first days looked.
            while (flow.Count > 1 && flow[1].Day <= windowStart)
            {
                flow.RemoveAt(0);
            }
        }

        state.Entries[summary.WorkspaceId] = new DashboardEntryState { Summary = summary, Flow = flow };
        return true;
    }

    /// <summary>Takes a workspace off unless a summary newer than <paramref name="version"/> arrived since.</summary>
    /// <returns>The summary taken off, or null when nothing changed.</returns>
    public ProjectSummary? Forget(string workspaceId, long version)
    {
        if (!state.Entries.TryGetValue(workspaceId, out var known) || known.Summary.Version > version)
        {
            return null;
        }

        state.Entries.Remove(workspaceId);
        return known.Summary;
    }

    /// <summary>The summary held for a workspace, or null.</summary>
    public ProjectSummary? Find(string workspaceId) => state.Entries.GetValueOrDefault(workspaceId)?.Summary;

    /// <summary>Whether <paramref name="actor"/> sees every project here: administrators and the cooperation's Koordination.</summary>
    public bool SeesEverything(Actor actor, string cooperationId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAdministrator
            || Find(cooperationId)?.Members.Any(member => member.PersonId == actor.PersonId && member.Role == WorkspaceRole.Coordination) == true;
    }

    /// <summary>Whether <paramref name="actor"/> may see <paramref name="summary"/> on this dashboard.</summary>
    public bool MaySee(Actor actor, ProjectSummary summary, string cooperationId)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return SeesEverything(actor, cooperationId) || summary.Members.Any(member => member.PersonId == actor.PersonId);
    }

    /// <summary>Refuses with <see cref="WorkspaceError.NotAllowed"/> unless <paramref name="actor"/> may see something here.</summary>
    public void DemandSight(Actor actor, string cooperationId)
    {
        if (!SeesEverything(actor, cooperationId) && !state.Entries.Values.Any(entry => MaySee(actor, entry.Summary, cooperationId)))
        {
            throw Refusal.Because(WorkspaceError.NotAllowed, $"{actor.PersonId} may see nothing of cooperation {cooperationId}.");
        }
    }

    /// <summary>
    /// What <paramref name="actor"/> may see, with the history of exactly those projects for the cumulative flow from
    /// <paramref name="flowFrom"/> (at the earliest <see cref="FlowRetentionDays"/> before today) to <paramref name="today"/>,
    /// one per project, so that a page can sum those its filters let through. Refused with
    /// <see cref="WorkspaceError.NotAllowed"/> when they may see nothing here.
    /// </summary>
    public CooperationDashboard View(Actor actor, string cooperationId, DateOnly flowFrom, DateOnly today)
    {
        DemandSight(actor, cooperationId);
        var visible = state.Entries.Values.Where(entry => MaySee(actor, entry.Summary, cooperationId)).ToList();

        var projects = visible.Where(entry => entry.Summary.Kind == WorkspaceKind.Project)
            .OrderBy(entry => entry.Summary.Title, StringComparer.CurrentCulture).ThenBy(entry => entry.Summary.WorkspaceId, StringComparer.Ordinal)
            .ToList();
        var cooperation = visible.Find(entry => entry.Summary.WorkspaceId == cooperationId)?.Summary;
        var from = flowFrom < today.AddDays(-FlowRetentionDays) ? today.AddDays(-FlowRetentionDays) : flowFrom;
        return new CooperationDashboard(
            cooperationId,
            cooperation is null ? null : ForViewer(actor, cooperation),
            [.. projects.Select(entry => ForViewer(actor, entry.Summary))],
            [.. projects.Select(entry => FlowOf(entry, from))]);
    }

    /// <summary>
    /// <paramref name="summary"/> as <paramref name="actor"/> may see it: its documents only where the workspace's own
    /// rule lets them see the document (<see cref="DocumentVisibilityRules"/>), so that no title reaches a dashboard that
    /// the workspace would not show them. Seeing the project's figures (as the cooperation's Koordination) does not open
    /// its documents.
    /// </summary>
    public static ProjectSummary ForViewer(Actor actor, ProjectSummary summary)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(summary);
        if (actor.IsAdministrator)
        {
            return summary;
        }

        var organisationId = summary.Members.FirstOrDefault(member => member.PersonId == actor.PersonId)?.OrganisationId;
        return summary with
        {
            Documents =
            [
                .. summary.Documents.Where(document => organisationId is not null
                    && (document.Visibility is null || DocumentVisibilityRules.Includes(document.Visibility, organisationId))),
            ],
        };
    }

    private static Dictionary<string, int> CountByName(IReadOnlyList<ColumnFigure> columns) =>
        columns.GroupBy(column => column.Name, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Sum(column => column.Tasks), StringComparer.Ordinal);

    // The entries from the period's first day on, and the latest before it, which tells how that day began. Entries are
    // replaced, never changed, so a read-only view over the stored counts is safe to hand out.
    private static ProjectFlow FlowOf(DashboardEntryState entry, DateOnly from)
    {
        var first = Math.Max(0, entry.Flow.FindLastIndex(day => day.Day <= from));
        return new ProjectFlow(
            entry.Summary.WorkspaceId,
            [.. entry.Flow.Skip(first).Select(day => new FlowDay(day.Day, day.Tasks.AsReadOnly()))]);
    }
}
