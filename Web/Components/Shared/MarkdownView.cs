using Kooperationsraum.Web.Rendering;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Kooperationsraum.Web.Components.Shared;

/// <summary>
/// Shows Markdown written by users. The text is parsed under the rules of <see cref="UserMarkdown"/> and the syntax
/// tree is rendered as Blazor elements, never as an HTML string, so everything a person typed reaches the page as
/// text. Links keep only safe targets; images are shown as links so no page loads outside content.
/// </summary>
public sealed class MarkdownView : ComponentBase
{
    [Parameter] public string Text { get; set; } = string.Empty;

    [Parameter] public string? Class { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", string.IsNullOrEmpty(Class) ? "markdown" : $"markdown {Class}");
        builder.AddContent(2, RenderBlocks(UserMarkdown.Parse(Text)));
        builder.CloseElement();
    }

    private static RenderFragment RenderBlocks(ContainerBlock container) => builder =>
    {
        foreach (var block in container)
        {
            // One region per block, so element sequence numbers stay stable however the tree nests.
            builder.OpenRegion(0);
            RenderBlock(builder, block);
            builder.CloseRegion();
        }
    };

    private static void RenderBlock(RenderTreeBuilder builder, Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                // Headings inside user text start at h4, so they never compete with the page's own outline.
                Element(builder, $"h{Math.Min(heading.Level + 3, 6)}", RenderInlines(heading.Inline));
                break;
            case ParagraphBlock paragraph:
                Element(builder, "p", RenderInlines(paragraph.Inline));
                break;
            case ListBlock list:
                Element(builder, list.IsOrdered ? "ol" : "ul", RenderBlocks(list));
                break;
            case ListItemBlock item:
                Element(builder, "li", RenderBlocks(item));
                break;
            case QuoteBlock quote:
                Element(builder, "blockquote", RenderBlocks(quote));
                break;
            case CodeBlock code:
                Element(builder, "pre", inner => Element(inner, "code", text => text.AddContent(0, code.Lines.ToString())));
                break;
            case ThematicBreakBlock:
                builder.OpenElement(0, "hr");
                builder.CloseElement();
                break;
            case LeafBlock leaf:
                Element(builder, "p", text => text.AddContent(0, leaf.Lines.ToString()));
                break;
            case ContainerBlock nested:
                builder.AddContent(0, RenderBlocks(nested));
                break;
        }
    }

    private static RenderFragment RenderInlines(ContainerInline? container) => builder =>
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            builder.OpenRegion(0);
            if (inline is TaskList task)
            {
                // The box and the rest of the line go into one label, so that the box is named by what it checks off.
                Element(builder, "label", RenderTask(task));
                builder.CloseRegion();
                break;
            }

            RenderInline(builder, inline);
            builder.CloseRegion();
        }
    };

    private static RenderFragment RenderTask(TaskList task) => builder =>
    {
        builder.OpenElement(0, "input");
        builder.AddAttribute(1, "type", "checkbox");
        builder.AddAttribute(2, "disabled", true);
        builder.AddAttribute(3, "checked", task.Checked);
        builder.CloseElement();
        for (var inline = task.NextSibling; inline is not null; inline = inline.NextSibling)
        {
            builder.OpenRegion(4);
            RenderInline(builder, inline);
            builder.CloseRegion();
        }
    };

    private static void RenderInline(RenderTreeBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.AddContent(0, literal.Content.ToString());
                break;
            case CodeInline code:
                Element(builder, "code", text => text.AddContent(0, code.Content));
                break;
            case EmphasisInline emphasis:
                Element(builder, EmphasisTag(emphasis), RenderInlines(emphasis));
                break;
            case LineBreakInline lineBreak when lineBreak.IsHard:
                builder.OpenElement(0, "br");
                builder.CloseElement();
                break;
            case LineBreakInline:
                builder.AddContent(0, "\n");
                break;
            case AutolinkInline autolink:
                Link(builder, autolink.IsEmail ? $"mailto:{autolink.Url}" : autolink.Url, text => text.AddContent(0, autolink.Url));
                break;
            case LinkInline link:
                Link(builder, link.Url, link.FirstChild is null ? text => text.AddContent(0, link.Url) : RenderInlines(link));
                break;
            case HtmlEntityInline entity:
                builder.AddContent(0, entity.Transcoded.ToString());
                break;
            case HtmlInline html:
                builder.AddContent(0, html.Tag);
                break;
            case ContainerInline container:
                builder.AddContent(0, RenderInlines(container));
                break;
        }
    }

    private static string EmphasisTag(EmphasisInline emphasis) => emphasis.DelimiterChar switch
    {
        '~' => "del",
        _ => emphasis.DelimiterCount >= 2 ? "strong" : "em",
    };

    private static void Link(RenderTreeBuilder builder, string? url, RenderFragment content)
    {
        if (!UserMarkdown.IsSafeLink(url))
        {
            builder.AddContent(0, content);
            return;
        }

        builder.OpenElement(1, "a");
        builder.AddAttribute(2, "href", url);
        builder.AddAttribute(3, "rel", UserMarkdown.LinkRelations);
        builder.AddAttribute(4, "target", "_blank");
        builder.AddContent(5, content);
        builder.CloseElement();
    }

    private static void Element(RenderTreeBuilder builder, string name, RenderFragment content)
    {
        builder.OpenElement(0, name);
        builder.AddContent(1, content);
        builder.CloseElement();
    }
}
