using Kooperationsraum.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kooperationsraum.Tests.Web;

public sealed class MarkdownViewTests
{
    [Fact]
    public async Task MarkdownBecomesElements()
    {
        var html = await RenderAsync("# Ziel\n\nDas ist **wichtig** und *dringend*.\n\n- [x] Gliederung\n- [ ] Zahlen\n\n`code`");

        html.Should().Contain("<h4>Ziel</h4>")
            .And.Contain("<strong>wichtig</strong>")
            .And.Contain("<em>dringend</em>")
            .And.Contain("<ul>")
            .And.Contain("type=\"checkbox\"")
            .And.Contain("<code>code</code>");
    }

    [Fact]
    public async Task ATaskListBoxIsLabelledByTheTextItChecksOff()
    {
        var html = await RenderAsync("- [x] Gliederung **fertig**\n- [ ] Zahlen");

        html.Should().MatchRegex("<label><input[^>]*type=\"checkbox\"[^>]*checked[^>]*> Gliederung <strong>fertig</strong></label>");
        html.Should().MatchRegex("<label><input[^>]*type=\"checkbox\"[^>]*> Zahlen</label>");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">klick</a>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    [InlineData("<svg onload=alert(1)>")]
    public async Task RawHtmlIsShownAsTextNeverAsMarkup(string payload)
    {
        var html = await RenderAsync($"Vorher {payload} nachher");

        html.Should().NotContain(payload);
        html.Should().Contain(System.Net.WebUtility.HtmlEncode(payload).Replace("&#39;", "'"), "the payload is escaped text");
    }

    [Theory]
    [InlineData("[klick](javascript:alert(1))")]
    [InlineData("[klick](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[klick](vbscript:msgbox)")]
    [InlineData("<javascript:alert(1)>")]
    public async Task LinksWithUnsafeTargetsLoseTheirTarget(string markdown)
    {
        var html = await RenderAsync(markdown);

        html.Should().NotContain("href");
    }

    [Fact]
    public async Task SafeLinksOpenInANewTabWithoutReferrer()
    {
        var html = await RenderAsync("[OZG-Leistungen](https://example.org/ozg) und <mailto:team@example.org>");

        html.Should().Contain("href=\"https://example.org/ozg\"")
            .And.Contain("rel=\"noopener noreferrer nofollow\"")
            .And.Contain("href=\"mailto:team@example.org\"");
    }

    [Fact]
    public async Task ImagesAreShownAsLinksSoNoOutsideContentLoads()
    {
        var html = await RenderAsync("![Logo](https://tracker.example.org/pixel.png)");

        html.Should().NotContain("<img");
        html.Should().Contain("href=\"https://tracker.example.org/pixel.png\"");
    }

    private static async Task<string> RenderAsync(string markdown)
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
