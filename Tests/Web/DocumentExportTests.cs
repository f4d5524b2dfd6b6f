using System.Net;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Documents.Hosted;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Exports;

namespace Kooperationsraum.Tests.Web;

/// <summary>The Markdown and HTML exports over the real Kestrel app.</summary>
[Collection(WebAppCollection.Name)]
public sealed class DocumentExportTests(WebAppFixture app) : IDisposable
{
    private readonly HttpClient client = app.CreateClient(app.AdministratorCookies);

    [Fact]
    public async Task TheMarkdownExportIsTheCurrentTextAsAnAttachmentNamedAfterTheTitle()
    {
        const string text = "# Protokoll\n\nÄnderungen für die Straße 👩‍💻\n";
        var document = await DocumentWithTextAsync("Protokoll: Lenkungskreis 3/2025", text);

        using var response = await client.GetAsync(DocumentExportEndpoints.MarkdownPath(document.Id));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/markdown; charset=utf-8");
        var disposition = response.Content.Headers.ContentDisposition!;
        disposition.DispositionType.Should().Be("attachment");
        disposition.FileNameStar.Should().Be("Protokoll-Lenkungskreis-3-2025.md");
        (await response.Content.ReadAsStringAsync()).Should().Be(text);
    }

    [Fact]
    public async Task TheHtmlExportIsAStandalonePageInWhichAScriptIsText()
    {
        var document = await DocumentWithTextAsync(
            "Entwurf <b>fett</b>",
            "# Ziele\n\n<script>alert('x')</script>\n\n[klick](javascript:alert(1)) und [OZG](https://example.org/ozg)\n");

        using var response = await client.GetAsync(DocumentExportEndpoints.HtmlPath(document.Id));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("Entwurf-b-fett-b.html");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'none'");
        html.Should().StartWith("<!DOCTYPE html>")
            .And.Contain("<html lang=\"de\">")
            .And.Contain("<title>Entwurf &lt;b&gt;fett&lt;/b&gt;</title>")
            .And.Contain("<h1>Ziele</h1>")
            .And.Contain("&lt;script&gt;alert('x')&lt;/script&gt;")
            .And.Contain("href=\"https://example.org/ozg\"")
            .And.EndWith("</html>\n");
        html.Should().NotContain("<script").And.NotContain("javascript:").And.NotContain("<b>");
    }

    [Theory]
    [InlineData("export.md")]
    [InlineData("export.html")]
    public async Task AnUnknownDocumentIsNotFoundWithAClearMessage(string export)
    {
        using var response = await client.GetAsync($"/api/documents/gibt-es-nicht/{export}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await response.Content.ReadAsStringAsync()).Should().Be("Das Dokument „gibt-es-nicht“ gibt es nicht.");
    }

    [Fact]
    public async Task ADeletedDocumentIsNotFound()
    {
        var document = await DocumentWithTextAsync("Bald gelöscht", "Vertraulich");
        await app.Grains.GetGrain<IWorkspaceGrain>(document.WorkspaceId).DeleteDocumentAsync(app.Administrator.Actor, document.Id);

        using var markdown = await client.GetAsync(DocumentExportEndpoints.MarkdownPath(document.Id));
        using var html = await client.GetAsync(DocumentExportEndpoints.HtmlPath(document.Id));

        markdown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        html.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await markdown.Content.ReadAsStringAsync()).Should().NotContain("Vertraulich");
    }

    public void Dispose() => client.Dispose();

    private async Task<DocumentInfo> DocumentWithTextAsync(string title, string text)
    {
        var workspace = await app.CreateWorkspaceAsync($"Export: {title}");
        var listed = await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).CreateDocumentAsync(app.Administrator.Actor, title);
        var document = app.Grains.GetGrain<IDocumentGrain>(listed.Id);
        await document.SubmitAsync(app.Administrator.Actor, new OperationId("export-test", 1), 0, TextOperation.Replace(0, 0, 0, text));
        return (await document.GetInfoAsync())!;
    }
}
