using System.Net;
using Kooperationsraum.Web.Rendering;

namespace Kooperationsraum.Web.Exports;

/// <summary>
/// A document as a standalone HTML page: its Markdown rendered under the rules of <see cref="UserMarkdown"/> (raw HTML
/// disabled, safe links only), with its own small style sheet and nothing loaded from elsewhere.
/// </summary>
public static class HtmlExportPage
{
    /// <summary>
    /// Sent with the page, so that even a browser that opened a tampered copy from this server runs no script and
    /// loads nothing but the inline style; repeated inside the page for a copy opened from disk.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.55; color: #1b1b1b;
               max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
        pre { background: #f4f4f4; padding: .75rem; overflow-x: auto; }
        code { font-family: ui-monospace, "Cascadia Mono", Menlo, monospace; }
        blockquote { border-left: .25rem solid #ccc; margin-left: 0; padding-left: 1rem; color: #444; }
        a { color: #0b57a4; }
        """;

    public static string Render(string title, string markdown, string language) =>
        $"""
        <!DOCTYPE html>
        <html lang="{WebUtility.HtmlEncode(language)}">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="{ContentSecurityPolicy}">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{WebUtility.HtmlEncode(title)}</title>
        <style>
        {Style}
        </style>
        </head>
        <body>
        <main>
        {UserMarkdown.ToHtml(markdown)}
        </main>
        </body>
        </html>

        """;
}
