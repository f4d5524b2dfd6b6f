using System.Text.Json.Serialization;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>
/// The compact figures a workspace pushes to its cooperation's dashboard after every change, at the workspace's
/// <see cref="Version"/>. A cooperation reports itself the same way (without board figures that a dashboard shows), so
/// that the dashboard knows its title, partners and coordinators. <see cref="OpenDueDates"/> holds the due date of
/// every task that is not done, so that overdue and due-this-week are counted on the day a dashboard is looked at,
/// not on the day of the last change. The editing sessions in <see cref="Contributions"/> change without a change of the
/// workspace's version: <see cref="EditReports"/> counts them, and <see cref="IsNewerThan"/> orders summaries by both.
/// Summaries stored before it read as 0.
/// </summary>
public sealed record ProjectSummary(
    string WorkspaceId,
    WorkspaceKind Kind,
    string CooperationId,
    long Version,
    string Title,
    ProjectCategory? Category,
    ProjectStatus? Status,
    string? LeadOrganisationId,
    IReadOnlyList<string> PartnerOrganisationIds,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<ColumnFigure> Columns,
    IReadOnlyList<DateOnly> OpenDueDates,
    IReadOnlyList<PartnerContribution> Contributions,
    IReadOnlyList<MemberAccess> Members,
    IReadOnlyList<DocumentTitle> Documents,
    ChangeStamp? LastActivity,
    long EditReports = 0)
{
    /// <summary>Whether this summary is newer than <paramref name="other"/> of the same workspace: by version, then by edit reports.</summary>
    public bool IsNewerThan(ProjectSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Version > other.Version || (Version == other.Version && EditReports > other.EditReports);
    }

    /// <summary>Every task on the board.</summary>
    [JsonIgnore]
    public int TotalTasks => Columns.Sum(column => column.Tasks);

    /// <summary>The tasks in the done column.</summary>
    [JsonIgnore]
    public int DoneTasks => Columns.Where(column => column.IsDone).Sum(column => column.Tasks);

    /// <summary>Done tasks as a share of all, from 0 to 1; 0 for an empty board.</summary>
    [JsonIgnore]
    public double DoneShare => TotalTasks == 0 ? 0 : (double)DoneTasks / TotalTasks;

    /// <summary>Columns that hold as many tasks as their WIP limit allows.</summary>
    [JsonIgnore]
    public int ColumnsAtWipLimit => Columns.Count(column => column.AtWipLimit);

    /// <summary>Open tasks whose due date lies before <paramref name="today"/>.</summary>
    public int OverdueOn(DateOnly today) => OpenDueDates.Count(due => due < today);

    /// <summary>
    /// Open tasks due from <paramref name="today"/> to the Sunday of its ISO week (weeks start on Monday, as in
    /// Germany); what is overdue already is not counted again.
    /// </summary>
    public int DueInWeekOf(DateOnly today)
    {
        var sunday = today.AddDays((7 - (int)today.DayOfWeek) % 7);
        return OpenDueDates.Count(due => due >= today && due <= sunday);
    }
}
