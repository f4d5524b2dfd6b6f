using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;

namespace Kooperationsraum.Web.Components.Pages.Dashboards;

/// <summary>
/// A row of the dashboard table as one piece of markup. The framework builds a row written in Razor node by node in
/// script, some seventy calls for each of the portfolio's 200 rows; markup it hands to the browser's own parser in one
/// step, and when a project changes it compares and replaces just that row's markup. Every text and attribute value is
/// HTML-encoded here, as Razor would encode it.
/// </summary>
public static class DashboardRowMarkup
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>The row of <paramref name="row"/>, with the cooperation's column when <paramref name="withCooperation"/>.</summary>
    public static MarkupString Of(DashboardRow row, bool withCooperation, Func<DashboardColumn, string> columnText)
    {
        var html = new StringBuilder(1024);
        html.Append("<tr data-project-id=\"").Append(Encoder.Encode(row.ProjectId)).Append("\" role=\"row\">");
        html.Append("<th scope=\"row\" role=\"rowheader\"><a href=\"workspaces/").Append(Encoder.Encode(row.ProjectId)).Append("\">")
            .Append(Encoder.Encode(row.Title)).Append("</a></th>");
        if (withCooperation)
        {
            html.Append("<td role=\"cell\"><a href=\"cooperations/").Append(Encoder.Encode(row.CooperationId)).Append("/dashboard\">")
                .Append(Encoder.Encode(row.CooperationTitle)).Append("</a></td>");
        }

        html.Append("<td role=\"cell\">").Append(Encoder.Encode(row.CategoryAndStatus)).Append("</td>");
        html.Append("<td role=\"cell\"><div class=\"dash-counts\">");
        foreach (var column in row.Columns)
        {
            html.Append(column.AtWipLimit ? "<span class=\"dash-count full\"" : "<span class=\"dash-count\"")
                .Append(" data-column=\"").Append(Encoder.Encode(column.Name)).Append("\">")
                .Append(Encoder.Encode(columnText(column))).Append("</span>");
        }

        html.Append("</div></td>");
        Number(html, "done-share", row.DoneShare.ToString("P0", CultureInfo.CurrentCulture), alert: false);
        Number(html, "overdue", row.Overdue.ToString(CultureInfo.CurrentCulture), alert: row.Overdue > 0);
        Number(html, "due-this-week", row.DueThisWeek.ToString(CultureInfo.CurrentCulture), alert: false);
        Number(html, "at-wip-limit", row.ColumnsAtWipLimit.ToString(CultureInfo.CurrentCulture), alert: false);
        html.Append("<td role=\"cell\">").Append(Encoder.Encode(row.LastActivity)).Append("</td></tr>");
        return new MarkupString(html.ToString());
    }

    private static void Number(StringBuilder html, string field, string text, bool alert) =>
        html.Append(alert ? "<td role=\"cell\" class=\"number alert\"" : "<td role=\"cell\" class=\"number\"")
            .Append(" data-field=\"").Append(field).Append("\">").Append(Encoder.Encode(text)).Append("</td>");
}
