using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kooperationsraum.Web.Rendering;

/// <summary>
/// The one place where the product decides how Markdown written by users is read: the Markdig pipeline (raw HTML
/// disabled, so everything a person typed stays text) and which link targets are kept (http, https and mailto).
/// The page view (<c>MarkdownView</c>) and the HTML export both follow these rules.
/// </summary>
public static class UserMarkdown
{
    /// <summary>The relations every kept link carries, so that a linked page learns nothing and gains no hold on ours.</summary>
    public const string LinkRelations = "noopener noreferrer nofollow";

    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .Build();

    public static MarkdownDocument Parse(string? text) => Markdown.Parse(text ?? string.Empty, Pipeline);

    /// <summary>Whether a link may keep <paramref name="url"/> as its target: absolute http, https or mailto only.</summary>
    public static bool IsSafeLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var target)
        && (target.Scheme == Uri.UriSchemeHttps || target.Scheme == Uri.UriSchemeHttp || target.Scheme == Uri.UriSchemeMailto);

    /// <summary>
    /// Renders <paramref name="text"/> as an HTML fragment under the same rules as the page view: links with other
    /// targets become their text, images become links (so that opening the HTML loads nothing from elsewhere).
    /// </summary>
    public static string ToHtml(string? text)
    {
        var document = Parse(text);
        KeepSafeLinksOnly(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static void KeepSafeLinksOnly(MarkdownDocument document)
    {
        // Collected first: the tree changes while the unsafe links are replaced.
        foreach (var inline in document.Descendants<Inline>().Where(inline => inline is LinkInline or AutolinkInline).ToList())
        {
            switch (inline)
            {
                case AutolinkInline autolink:
                    var target = autolink.IsEmail ? $"mailto:{autolink.Url}" : autolink.Url;
                    if (IsSafeLink(target))
                    {
                        autolink.GetAttributes().AddPropertyIfNotExist("rel", LinkRelations);
                    }
                    else
                    {
                        autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    }

                    break;
                case LinkInline link when IsSafeLink(link.Url):
                    link.IsImage = false;
                    if (link.FirstChild is null)
                    {
                        link.AppendChild(new LiteralInline(link.Url ?? string.Empty));
                    }

                    link.GetAttributes().AddPropertyIfNotExist("rel", LinkRelations);
                    break;
                case LinkInline link:
                    Unwrap(link);
                    break;
            }
        }
    }

    // Keeps what a link shows and drops the link around it; a link that shows nothing leaves its target as text.
    private static void Unwrap(LinkInline link)
    {
        if (link.FirstChild is null)
        {
            link.ReplaceBy(new LiteralInline(link.Url ?? string.Empty));
            return;
        }

        var children = link.ToList();
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }

        link.Remove();
    }
}
