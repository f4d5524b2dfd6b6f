using System.Text.RegularExpressions;
using Kooperationsraum.Web.Components.Shared;
using Kooperationsraum.Web.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kooperationsraum.Tests.Security;

/// <summary>
/// Link targets in user Markdown: only http, https and mailto survive, judged as a browser would read the target,
/// for the page view and the HTML export alike.
/// </summary>
public sealed partial class LinkTargetTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//angreifer.example/pfad")]
    [InlineData("/intern")]
    [InlineData("https ://example.org")]
    [InlineData("https://exam\nple.org")]
    [InlineData("")]
    [InlineData(null)]
    public void ATargetABrowserCouldReadAsAnythingButAWebOrMailAddressIsRefused(string? target) =>
        UserMarkdown.IsSafeLink(target).Should().BeFalse();

    [Theory]
    [InlineData("https://example.org/ozg?x=1#teil")]
    [InlineData("HTTP://EXAMPLE.ORG")]
    [InlineData("mailto:team@example.org")]
    public void WebAndMailAddressesAreKept(string target) =>
        UserMarkdown.IsSafeLink(target).Should().BeTrue();

    [Fact]
    public async Task EveryLinkRenderedFromTheHostileCorpusPointsToTheWebOrMail()
    {
        foreach (var payload in HostilePayloads.All)
        {
            var export = UserMarkdown.ToHtml(payload);
            var view = await RenderViewAsync(payload);

            Targets(export).Where(target => !SafeTarget().IsMatch(target)).Should().BeEmpty($"the export of {payload} links only to the web or mail");
            Targets(view).Where(target => !SafeTarget().IsMatch(target)).Should().BeEmpty($"the page view of {payload} links only to the web or mail");
            export.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<iframe").And.NotMatchRegex("<[a-zA-Z][^>]*\\son[a-z]+\\s*=");
            view.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<iframe").And.NotMatchRegex("<[a-zA-Z][^>]*\\son[a-z]+\\s*=");
        }
    }

    private static IEnumerable<string> Targets(string html) => Href().Matches(html).Select(match => match.Groups[1].Value);

    [GeneratedRegex("(?:href|src|action)=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("^(https?://|mailto:)[^\\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SafeTarget();

    private static async Task<string> RenderViewAsync(string markdown)
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<MarkdownView>(
                ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(MarkdownView.Text)] = markdown }));
            return output.ToHtmlString();
        });
    }
}
