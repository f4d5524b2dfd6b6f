using System.Net;
using System.Text;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Exports;

namespace Kooperationsraum.Tests.Web;

/// <summary>The status report: safe CSV and Markdown from titles anyone typed, over the real Kestrel app.</summary>
[Collection(WebAppCollection.Name)]
public sealed class StatusReportTests(WebAppFixture app)
{
    [Theory]
    [InlineData("Projekt", "Projekt")]
    [InlineData("=SUMME(A1:A9)", "'=SUMME(A1:A9)")]
    [InlineData("+49 30 123", "'+49 30 123")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("Sag \"Hallo\"", "\"Sag \"\"Hallo\"\"\"")]
    [InlineData("Zeile\nzwei", "\"Zeile\nzwei\"")]
    [InlineData("=HYPERLINK(\"http://x\";\"y\")", "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"")]
    [InlineData("", "")]
    public void ACsvFieldIsQuotedAsNeededAndNeverAFormula(string value, string expected)
    {
        CsvText.Field(value).Should().Be(expected);
    }

    [Fact]
    public void TypedMarkupIsInertInTheMarkdownReport()
    {
        var inline = StatusReport.Inline("<script>x</script> **fett** [Link](javascript:a) | Zelle\nneue Zeile");

        inline.Should().Be("\\<script\\>x\\</script\\> \\*\\*fett\\*\\* \\[Link\\](javascript:a) \\| Zelle neue Zeile");
    }

    [Fact]
    public async Task TheCooperationsReportListsItsProjectsInMarkdownAndInCsv()
    {
        var cooperation = await app.CreateWorkspaceAsync("Bericht | Kooperation");
        var details = new WorkspaceDetails(
            WorkspaceKind.Project, "=Formel;Projekt", string.Empty, [], CooperationId: cooperation.Id,
            Category: ProjectCategory.Interface, Status: ProjectStatus.Active,
            Milestones: [new Milestone("Go-live", new DateOnly(2027, 1, 31), false)]);
        var project = await app.Grains.GetGrain<IWorkspaceGrain>(Guid.NewGuid().ToString("N")).CreateAsync(app.Administrator.Actor, details);
        await app.Grains.GetGrain<IWorkspaceGrain>(project.Id).CreateTaskAsync(app.Administrator.Actor, project.Columns[^1].Id, TaskDraft.Titled("Fertig"));

        using var client = app.CreateClient(await app.SignInAsync(app.Administrator));
        using var markdown = await client.GetAsync(StatusReportEndpoints.CooperationPath(cooperation.Id, "md"));
        using var csv = await client.GetAsync(StatusReportEndpoints.CooperationPath(cooperation.Id, "csv"));
        var markdownText = await markdown.Content.ReadAsStringAsync();
        var csvBytes = await csv.Content.ReadAsByteArrayAsync();
        var csvLines = Encoding.UTF8.GetString(csvBytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        markdown.StatusCode.Should().Be(HttpStatusCode.OK);
        markdown.Content.Headers.ContentType!.ToString().Should().Be("text/markdown; charset=utf-8");
        markdown.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        markdownText.Should().Contain("## Bericht \\| Kooperation").And.Contain("| =Formel;Projekt |")
            .And.Contain("- [ ] 31.01.2027: Go-live").And.Contain("| 100 % |");
        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.ToString().Should().Be("text/csv; charset=utf-8");
        csvBytes.Take(3).Should().Equal(Encoding.UTF8.GetPreamble());
        csvLines.Should().HaveCount(2);
        csvLines[1].Should().StartWith("Bericht | Kooperation;\"'=Formel;Projekt\";Schnittstelle;Laufend;");
    }

    [Theory]
    [InlineData("/api/cooperations/gibt-es-nicht/report.md", HttpStatusCode.NotFound)]
    [InlineData("/api/portfolio/report.pdf", HttpStatusCode.NotFound)]
    public async Task AnUnknownCooperationOrFormatIsNotFoundWithAMessage(string path, HttpStatusCode status)
    {
        using var client = app.CreateClient(await app.SignInAsync(app.Administrator));
        using var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await response.Content.ReadAsStringAsync()).Should().NotBeEmpty();
    }
}
