using System.Globalization;
using System.Text;
using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Web.Components.Shared;
using Kooperationsraum.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Kooperationsraum.Web.Exports;

/// <summary>
/// A status report for a steering committee, from what the person may see of one or several cooperations on
/// <see cref="Today"/>: per project category, status, lead partner, dates, tasks, share done, overdue, due this week,
/// columns at their WIP limit, milestones and last activity; in Markdown (one table per cooperation, milestones and
/// contributions below) and as CSV (one line per project). Every text typed by someone is escaped for its format.
/// </summary>
public sealed class StatusReport(
    IReadOnlyList<CooperationDashboard> dashboards,
    IReadOnlyDictionary<string, string> organisationNames,
    DateOnly today,
    IStringLocalizer<SharedResource> text)
{
    public DateOnly Today => today;

    public string ToMarkdown()
    {
        var markdown = new StringBuilder();
        markdown.Append("# ").AppendLine(Inline(text["Dashboard.ReportTitle", Date(today)]));
        foreach (var dashboard in dashboards)
        {
            markdown.AppendLine().Append("## ").AppendLine(Inline(CooperationTitle(dashboard)));
            if (dashboard.Cooperation is { } cooperation && cooperation.PartnerOrganisationIds.Count > 0)
            {
                markdown.AppendLine().AppendLine(Inline($"{text["Dashboard.ReportPartners"]}: {string.Join(", ", cooperation.PartnerOrganisationIds.Select(Organisation))}"));
            }

            if (dashboard.Projects.Count == 0)
            {
                markdown.AppendLine().AppendLine(Inline(text["Dashboard.NoProjects"]));
                continue;
            }

            markdown.AppendLine().AppendLine(Row(Headers().Skip(1))).AppendLine(Rule(Headers().Count() - 1));
            foreach (var project in dashboard.Projects)
            {
                markdown.AppendLine(Row(Fields(dashboard, project).Skip(1)));
            }

            foreach (var project in dashboard.Projects.Where(project => project.Milestones.Count > 0))
            {
                markdown.AppendLine().Append("### ").AppendLine(Inline(text["Dashboard.ReportMilestonesOf", project.Title]));
                foreach (var milestone in project.Milestones)
                {
                    markdown.Append(milestone.Done ? "- [x] " : "- [ ] ").Append(Date(milestone.Date)).Append(": ").AppendLine(Inline(milestone.Title));
                }
            }

            var contributions = dashboard.Projects.SelectMany(project => project.Contributions)
                .GroupBy(contribution => contribution.OrganisationId, StringComparer.Ordinal).ToList();
            if (contributions.Count > 0)
            {
                markdown.AppendLine().Append("### ").AppendLine(Inline(text["Dashboard.Contributions"])).AppendLine()
                    .AppendLine(Row([text["Dashboard.Partner"], text["Dashboard.TasksDone"], text["Dashboard.DocumentEdits"]]))
                    .AppendLine(Rule(3));
                foreach (var group in contributions.OrderBy(group => Organisation(group.Key), StringComparer.CurrentCulture))
                {
                    markdown.AppendLine(Row([Organisation(group.Key), Number(group.Sum(each => each.TasksDone)), Number(group.Sum(each => each.EditSessions))]));
                }
            }
        }

        return markdown.ToString();
    }

    public string ToCsv()
    {
        var csv = new CsvText().Line(Headers());
        foreach (var dashboard in dashboards)
        {
            foreach (var project in dashboard.Projects)
            {
                csv.Line(Fields(dashboard, project));
            }
        }

        return csv.ToString();
    }

    private IEnumerable<string> Headers() =>
    [
        text["Workspace.Cooperation"], text["Dashboard.Project"], text["Workspace.Category"], text["Workspace.Status"], text["Workspace.LeadPartner"],
        text["Workspace.StartsOn"], text["Workspace.EndsOn"], text["Dashboard.ReportTasks"], text["Dashboard.ReportDone"], text["Dashboard.DoneShare"],
        text["Dashboard.Overdue"], text["Dashboard.DueThisWeek"], text["Dashboard.AtWipLimit"], text["Dashboard.ReportMilestones"], text["Dashboard.LastActivity"],
    ];

    private IEnumerable<string> Fields(CooperationDashboard dashboard, ProjectSummary project) =>
    [
        CooperationTitle(dashboard),
        project.Title,
        project.Category is { } category ? text.Name(category) : string.Empty,
        project.Status is { } status ? text.Name(status) : string.Empty,
        project.LeadOrganisationId is { } lead ? Organisation(lead) : string.Empty,
        project.StartsOn is { } start ? Date(start) : string.Empty,
        project.EndsOn is { } end ? Date(end) : string.Empty,
        Number(project.TotalTasks),
        Number(project.DoneTasks),
        project.DoneShare.ToString("P0", CultureInfo.CurrentCulture),
        Number(project.OverdueOn(today)),
        Number(project.DueInWeekOf(today)),
        Number(project.ColumnsAtWipLimit),
        text["Dashboard.ReportMilestoneCount", project.Milestones.Count(milestone => milestone.Done), project.Milestones.Count],
        project.LastActivity is { } stamp ? $"{text.PersonName(stamp)}, {stamp.At.ToLocalTime().ToString("g", CultureInfo.CurrentCulture)}" : string.Empty,
    ];

    private string CooperationTitle(CooperationDashboard dashboard) => dashboard.Cooperation?.Title ?? text["Dashboard.Cooperation"];

    private string Organisation(string id) => organisationNames.TryGetValue(id, out var name) ? name : id;

    private static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    private static string Number(int value) => value.ToString(CultureInfo.CurrentCulture);

    // Inline keeps a cell on one line and escapes the pipe that would end it early.
    private static string Row(IEnumerable<string> cells) => $"| {string.Join(" | ", cells.Select(Inline))} |";

    private static string Rule(int columns) => $"|{string.Concat(Enumerable.Repeat(" --- |", columns))}";

    /// <summary>
    /// Text typed by someone, made inert in Markdown: on one line, with every character that Markdown could read as inline
    /// markup (emphasis, links, images, HTML, code, strike-through, table cells) escaped by a backslash. The report never
    /// starts a line with such text, so block markup (headings, lists) cannot arise from it.
    /// </summary>
    public static string Inline(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            if (character is '\r' or '\n')
            {
                escaped.Append(' ');
            }
            else
            {
                if (character is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '!' or '|' or '~' or '&')
                {
                    escaped.Append('\\');
                }

                escaped.Append(character);
            }
        }

        return escaped.ToString();
    }
}
