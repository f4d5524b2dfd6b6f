using System.Text;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Exports;
using Kooperationsraum.Web.Resources;
using Kooperationsraum.Web.Services;
using Microsoft.Extensions.Localization;

namespace Kooperationsraum.Web.Audit;

/// <summary>
/// The download of a workspace's audit log as CSV, for Koordination and administrators. The workspace records the
/// download before it hands out the entries, so the file's first line (newest first) is its own export.
/// </summary>
public static class AuditExportEndpoints
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    private const int MaxIdLength = 64;

    /// <summary>The address of a workspace's audit CSV.</summary>
    public static string CsvPath(string workspaceId) => $"/api/workspaces/{Uri.EscapeDataString(workspaceId)}/audit.csv";

    public static IEndpointRouteBuilder MapAuditExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/workspaces/{workspaceId}/audit.csv", ExportAsync);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string workspaceId, HttpContext context)
    {
        var services = context.RequestServices;
        var workspaces = services.GetRequiredService<WorkspaceService>();
        var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (workspaceId.Length > MaxIdLength)
        {
            return Refusal(text["Audit.Export.NotFound"], StatusCodes.Status404NotFound);
        }

        try
        {
            var workspace = await workspaces.GetAsync(workspaceId);
            if (workspace is null)
            {
                return Refusal(text["Audit.Export.NotFound"], StatusCodes.Status404NotFound);
            }

            var entries = await workspaces.ExportAuditAsync(workspaceId);
            var lines = await new AuditFormatter(text, services.GetRequiredService<DirectoryService>()).FormatAsync(workspace, entries);
            string[] header =
            [
                text["Audit.When"], text["Audit.Who"], text["Audit.Organisation"], text["Audit.What"], text["Audit.About"], text["Audit.Detail"],
            ];

            // With a byte order mark, so that spreadsheets open umlauts as UTF-8.
            var csv = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(AuditCsv.Write(header, lines))).ToArray();
            return Results.File(csv, CsvContentType, ExportFileName.From($"{text["Audit.FilePrefix"]} {workspace.Details.Title}", "csv"));
        }
        catch (WorkspaceRuleException refusal) when (refusal.Error is WorkspaceError.NotAllowed)
        {
            return Refusal(text["Audit.Export.Forbidden"], StatusCodes.Status403Forbidden);
        }
        catch (WorkspaceRuleException refusal) when (refusal.Error is WorkspaceError.WorkspaceNotFound)
        {
            return Refusal(text["Audit.Export.NotFound"], StatusCodes.Status404NotFound);
        }
    }

    // Plain text, so that a person who followed a link reads the reason.
    private static IResult Refusal(string message, int statusCode) =>
        Results.Text(message, "text/plain; charset=utf-8", Encoding.UTF8, statusCode);
}
