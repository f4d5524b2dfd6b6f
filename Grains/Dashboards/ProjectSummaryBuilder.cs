using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Dashboards;

/// <summary>
/// Computes the summary a workspace pushes to its cooperation's dashboard from what the workspace holds. The board's last
/// column counts as done: boards start with "Erledigt" last, and a team that adds a column after it says that its tasks
/// are further along than done (archived, say), which still counts as done.
/// </summary>
public static class ProjectSummaryBuilder
{
    /// <summary>
    /// The summary of <paramref name="snapshot"/>, whose latest activity was <paramref name="lastActivity"/> and whose
    /// documents, deleted ones included, had <paramref name="edits"/> editing sessions per organisation, as the workspace
    /// knew them after <paramref name="editReports"/> reports. Null for a project that names no cooperation, which no
    /// dashboard could take.
    /// </summary>
    public static ProjectSummary? Build(WorkspaceSnapshot snapshot, ChangeStamp? lastActivity, IReadOnlyList<EditCount> edits, long editReports)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(edits);
        var details = snapshot.Details;
        var cooperationId = details.Kind == WorkspaceKind.Cooperation ? snapshot.Id : details.CooperationId;
        if (cooperationId is null)
        {
            return null;
        }

        var doneColumn = snapshot.Columns.Count > 0 ? snapshot.Columns[^1] : null;
        var organisationOf = snapshot.Members.ToDictionary(member => member.PersonId, member => member.OrganisationId, StringComparer.Ordinal);
        return new ProjectSummary(
            snapshot.Id,
            details.Kind,
            cooperationId,
            snapshot.Version,
            details.Title,
            details.Category,
            details.Status,
            details.LeadOrganisationId,
            [.. details.PartnerOrganisationIds],
            details.StartsOn,
            details.EndsOn,
            [.. details.Milestones ?? []],
            [.. snapshot.Columns.Select(column => new ColumnFigure(column.Id, column.Name, column.Tasks.Count, column.WipLimit, column == doneColumn))],
            [.. snapshot.Columns.Where(column => column != doneColumn).SelectMany(column => column.Tasks).Select(task => task.DueDate).OfType<DateOnly>().Order()],
            Contributions(doneColumn?.Tasks ?? [], edits, organisationOf),
            [.. snapshot.Members.Select(member => new MemberAccess(member.PersonId, member.Role, member.OrganisationId))],
            [.. snapshot.Documents.Select(document => new DocumentTitle(document.Id, document.Title, document.Visibility))],
            lastActivity,
            editReports);
    }

    // Sessions count for the organisation the person acted for then, even after they left the workspace.
    private static PartnerContribution[] Contributions(
        IReadOnlyList<BoardTask> doneTasks, IReadOnlyList<EditCount> edits, IReadOnlyDictionary<string, string> organisationOf)
    {
        var tasks = doneTasks.SelectMany(task => CreditedOrganisations(task, organisationOf)).CountBy(organisation => organisation).ToDictionary();
        var sessions = edits.Where(count => count.Sessions > 0).ToDictionary(count => count.OrganisationId, count => count.Sessions, StringComparer.Ordinal);
        return
        [
            .. tasks.Keys.Union(sessions.Keys).Order(StringComparer.Ordinal)
                .Select(organisation => new PartnerContribution(organisation, tasks.GetValueOrDefault(organisation), sessions.GetValueOrDefault(organisation))),
        ];
    }

    private static IEnumerable<string> CreditedOrganisations(BoardTask task, IReadOnlyDictionary<string, string> organisationOf)
    {
        var assigned = task.AssigneeIds.Select(person => OrganisationOf(person, organisationOf)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return assigned.Count > 0 ? assigned : OrganisationOf(task.Changed.PersonId, organisationOf) is { } changer ? [changer] : [];
    }

    // Someone who left, or who belongs to no partner (the local operator), is credited to nobody.
    private static string? OrganisationOf(string personId, IReadOnlyDictionary<string, string> organisationOf) =>
        organisationOf.TryGetValue(personId, out var organisation) && organisation.Length > 0 ? organisation : null;
}
