using System.Globalization;
using System.Text;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Identity;
using Kooperationsraum.Web.Resources;
using Kooperationsraum.Web.Services;
using Microsoft.Extensions.Localization;

namespace Kooperationsraum.Web.Exports;

/// <summary>
/// Downloads of a document's current text, as Markdown and as a standalone HTML page. Only members of the document's
/// workspace (any role, since reading is all an export does) whom its visibility includes, and administrators, get it;
/// the workspace audits every export before the text is handed out.
/// </summary>
public static class DocumentExportEndpoints
{
    public const string MarkdownContentType = "text/markdown; charset=utf-8";
    public const string HtmlContentType = "text/html; charset=utf-8";

    private const int MaxIdLength = 64;

    /// <summary>The address of a document's Markdown export.</summary>
    public static string MarkdownPath(string documentId) => $"/api/documents/{Uri.EscapeDataString(documentId)}/export.md";

    /// <summary>The address of a document's HTML export.</summary>
    public static string HtmlPath(string documentId) => $"/api/documents/{Uri.EscapeDataString(documentId)}/export.html";

    public static IEndpointRouteBuilder MapDocumentExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/documents/{documentId}/export.md", (string documentId, HttpContext context) =>
            ExportAsync(documentId, "md", context, (info, text) => Results.File(
                Encoding.UTF8.GetBytes(text), MarkdownContentType, ExportFileName.From(info.Title, "md"))));
        endpoints.MapGet("/api/documents/{documentId}/export.html", (string documentId, HttpContext context) =>
            ExportAsync(documentId, "html", context, (info, text) =>
            {
                context.Response.Headers.ContentSecurityPolicy = HtmlExportPage.ContentSecurityPolicy;
                var page = HtmlExportPage.Render(info.Title, text, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
                return Results.File(Encoding.UTF8.GetBytes(page), HtmlContentType, ExportFileName.From(info.Title, "html"));
            }));
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string documentId, string format, HttpContext context, Func<DocumentInfo, string, IResult> export)
    {
        var services = context.RequestServices;
        var documents = services.GetRequiredService<DocumentService>();
        var workspaces = services.GetRequiredService<WorkspaceService>();
        var actor = services.GetRequiredService<IActorAccessor>().Current;
        var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        context.Response.Headers.XContentTypeOptions = "nosniff";

        if (documentId.Length > MaxIdLength)
        {
            return Refusal(text["Documents.Export.NotFound", documentId], StatusCodes.Status404NotFound);
        }

        DocumentInfo? info;
        try
        {
            info = await documents.GetInfoAsync(documentId);
        }
        catch (DocumentRuleException refusal) when (refusal.Error == DocumentError.DocumentDeleted)
        {
            info = null;
        }
        catch (DocumentRuleException refusal) when (refusal.Error == DocumentError.AccessDenied)
        {
            // A document hidden from the person is as unknown to them as one that does not exist, as its pages are.
            info = null;
        }

        if (info is null)
        {
            return Refusal(text["Documents.Export.NotFound", documentId], StatusCodes.Status404NotFound);
        }

        try
        {
            await workspaces.RecordDocumentExportAsync(info.WorkspaceId, documentId, format);
        }
        catch (WorkspaceRuleException refusal) when (refusal.Error == WorkspaceError.NotAllowed)
        {
            return Refusal(text["Documents.Export.Forbidden", actor.DisplayName], StatusCodes.Status403Forbidden);
        }
        catch (WorkspaceRuleException refusal) when (refusal.Error is WorkspaceError.WorkspaceNotFound or WorkspaceError.UnknownDocument)
        {
            // A document hidden from the person is as unknown to them as one that does not exist.
            return Refusal(text["Documents.Export.NotFound", documentId], StatusCodes.Status404NotFound);
        }

        var snapshot = await documents.GetSnapshotAsync(documentId);
        return export(info, snapshot.Text);
    }

    // Plain text, so that a person who followed a link reads the reason, and the status-code pages leave it alone.
    private static IResult Refusal(string message, int statusCode) =>
        Results.Text(message, "text/plain; charset=utf-8", Encoding.UTF8, statusCode);
}
