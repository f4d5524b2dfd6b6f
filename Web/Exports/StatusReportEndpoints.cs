using System.Text;
using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Identity;
using Kooperationsraum.Web.Resources;
using Kooperationsraum.Web.Services;
using Microsoft.Extensions.Localization;

namespace Kooperationsraum.Web.Exports;

/// <summary>
/// Status reports as downloads, in Markdown and CSV: of one cooperation, and of the whole portfolio. Each holds exactly what
/// the acting person may see on the dashboards (the dashboard grains check it); someone who may see nothing of a
/// cooperation gets a 403 with the reason.
/// </summary>
public static class StatusReportEndpoints
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    private const int MaxIdLength = 100;

    /// <summary>The address of a cooperation's report; <paramref name="format"/> is <c>md</c> or <c>csv</c>.</summary>
    public static string CooperationPath(string cooperationId, string format) => $"/api/cooperations/{Uri.EscapeDataString(cooperationId)}/report.{format}";

    /// <summary>The address of the portfolio's report; <paramref name="format"/> is <c>md</c> or <c>csv</c>.</summary>
    public static string PortfolioPath(string format) => $"/api/portfolio/report.{format}";

    public static IEndpointRouteBuilder MapStatusReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/cooperations/{cooperationId}/report.{format}", (string cooperationId, string format, HttpContext context) =>
            ExportAsync(context, format, async dashboards =>
            {
                if (cooperationId.Length > MaxIdLength)
                {
                    return null;
                }

                var dashboard = await dashboards.GetAsync(cooperationId, BerlinCalendar.Today(context.RequestServices.GetRequiredService<TimeProvider>()));
                return dashboard.Cooperation is null && dashboard.Projects.Count == 0 ? null : [dashboard];
            }));
        endpoints.MapGet("/api/portfolio/report.{format}", (string format, HttpContext context) =>
            ExportAsync(context, format, async dashboards =>
                await dashboards.GetPortfolioAsync(BerlinCalendar.Today(context.RequestServices.GetRequiredService<TimeProvider>()))));
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(HttpContext context, string format, Func<DashboardService, Task<IReadOnlyList<CooperationDashboard>?>> load)
    {
        var services = context.RequestServices;
        var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var actor = services.GetRequiredService<IActorAccessor>().Current;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (format is not ("md" or "csv"))
        {
            return Refusal(text["Dashboard.ReportUnknownFormat"], StatusCodes.Status404NotFound);
        }

        IReadOnlyList<CooperationDashboard>? dashboards;
        try
        {
            dashboards = await load(services.GetRequiredService<DashboardService>());
        }
        catch (WorkspaceRuleException refusal) when (refusal.Error == WorkspaceError.NotAllowed)
        {
            return Refusal(text["Dashboard.ReportForbidden", actor.DisplayName], StatusCodes.Status403Forbidden);
        }

        if (dashboards is null)
        {
            return Refusal(text["Dashboard.ReportNotFound"], StatusCodes.Status404NotFound);
        }

        var organisations = await services.GetRequiredService<DirectoryService>().GetOrganisationsAsync();
        var report = new StatusReport(
            dashboards,
            organisations.ToDictionary(organisation => organisation.Id, organisation => organisation.Name),
            BerlinCalendar.Today(services.GetRequiredService<TimeProvider>()),
            text);
        var stem = ExportFileName.From(dashboards.Count == 1 ? $"{text["Dashboard.ReportFileName"]} {dashboards[0].Cooperation?.Title}" : text["Dashboard.ReportFileName"], format);
        return format == "md"
            ? Results.File(Encoding.UTF8.GetBytes(report.ToMarkdown()), DocumentExportEndpoints.MarkdownContentType, stem)
            : Results.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(report.ToCsv())], CsvContentType, stem);
    }

    // Plain text, so that a person who followed a link reads the reason, and the status-code pages leave it alone.
    private static IResult Refusal(string message, int statusCode) =>
        Results.Text(message, "text/plain; charset=utf-8", Encoding.UTF8, statusCode);
}
