using Kooperationsraum.Web.Exports;
using Kooperationsraum.Web.Rendering;

namespace Kooperationsraum.Tests.Web;

/// <summary>The shared Markdown rules as HTML, for the export: the same safety as the page view.</summary>
public sealed class UserMarkdownTests
{
    [Fact]
    public void MarkdownBecomesHtmlWithTheDocumentsOwnHeadingLevels()
    {
        var html = UserMarkdown.ToHtml("# Ziel\n\nDas ist **wichtig** und ~~alt~~.\n\n- [x] Gliederung\n- [ ] Zahlen");

        html.Should().Contain("<h1>Ziel</h1>")
            .And.Contain("<strong>wichtig</strong>")
            .And.Contain("<del>alt</del>")
            .And.Contain("type=\"checkbox\"");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">klick</a>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    [InlineData("<svg onload=alert(1)>")]
    public void RawHtmlIsEscapedText(string payload)
    {
        var html = UserMarkdown.ToHtml($"Vorher {payload} nachher");

        html.Should().NotContain(payload);
        html.Should().NotContain("<" + payload.TrimStart('<').Split(' ', '>')[0]);
        html.Should().Contain("&lt;");
    }

    [Theory]
    [InlineData("[klick](javascript:alert(1))", "klick")]
    [InlineData("[klick](data:text/html;base64,PHNjcmlwdD4=)", "klick")]
    [InlineData("[klick](vbscript:msgbox)", "klick")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("![Bild](javascript:alert(1))", "Bild")]
    public void LinksWithUnsafeTargetsKeepOnlyTheirText(string markdown, string text)
    {
        var html = UserMarkdown.ToHtml(markdown);

        html.Should().NotContain("href").And.NotContain("src=").And.Contain(text);
    }

    [Fact]
    public void SafeLinksKeepTheirTargetAndImagesBecomeLinksSoNothingLoadsFromElsewhere()
    {
        var html = UserMarkdown.ToHtml("[OZG](https://example.org/ozg), <mailto:team@example.org>, www.example.org und ![Plan](https://example.org/plan.png)");

        html.Should().Contain("href=\"https://example.org/ozg\"")
            .And.Contain("href=\"mailto:team@example.org\"")
            .And.Contain("href=\"http://www.example.org\"")
            .And.Contain("href=\"https://example.org/plan.png\"")
            .And.Contain($"rel=\"{UserMarkdown.LinkRelations}\"")
            .And.NotContain("<img");
    }

    [Theory]
    [InlineData("Protokoll Lenkungskreis", "md", "Protokoll-Lenkungskreis.md")]
    [InlineData("Bericht: Q1/2025 \"final\"", "html", "Bericht-Q1-2025-final.html")]
    [InlineData("../../etc/passwd", "md", "etc-passwd.md")]
    [InlineData("Übersicht Straße 👩‍💻", "md", "Übersicht-Straße.md")]
    [InlineData("***", "md", "dokument.md")]
    [InlineData("Zeile\r\nUmbruch", "md", "Zeile-Umbruch.md")]
    public void AFileNameKeepsLettersAndDigitsOnly(string title, string extension, string expected)
    {
        ExportFileName.From(title, extension).Should().Be(expected);
    }

    [Fact]
    public void AFileNameStaysShortWhateverTheTitle()
    {
        ExportFileName.From(new string('a', 500), "md").Should().Be(new string('a', ExportFileName.MaxStemLength) + ".md");
    }
}
