using System.Net;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Audit;
using Kooperationsraum.Tests.Grains.Hosting;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Audit;
using Kooperationsraum.Web.Exports;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Web;

/// <summary>The audit CSV and the auditing of document exports, over real Kestrel, as different people of the cast.</summary>
[Collection(PersonaWebAppCollection.Name)]
public sealed class AuditExportTests(PersonaWebAppFixture app) : IDisposable
{
    private readonly HttpClient client = new() { BaseAddress = app.BaseAddress };

    [Fact]
    public async Task TheAuditCsvListsEveryEntryNewestFirstWithNamesQuotedAndFormulasDefused()
    {
        var (workspace, workspaceId) = await WorkspaceAsync();
        await workspace.AddMemberAsync(Anna, "mallory", "=HYPERLINK(\"http://x\",\"y\")", Ben.OrganisationId, WorkspaceRole.Guest);
        await workspace.ChangeMemberRoleAsync(Anna, Gina.PersonId, WorkspaceRole.Member);

        using var response = await client.GetAsync(As(AuditExportEndpoints.CsvPath(workspaceId), "anna"));
        var csv = await response.Content.ReadAsStringAsync();
        var rows = csv.TrimStart('\uFEFF').Split("\r\n");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be(AuditExportEndpoints.CsvContentType);
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        rows[0].Should().Be("Zeitpunkt,Person,Organisation,Aktion,Betrifft,Einzelheiten");
        rows[1].Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ,Anna Schmidt,stadt-nuernberg,Audit-Protokoll exportiert,,CSV$");
        rows[2].Should().EndWith(",Anna Schmidt,stadt-nuernberg,Rolle geändert,Gina Gast (stadt-brandenburg),Gast → Mitglied");
        rows[3].Should().EndWith(",Mitglied aufgenommen,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\") (th-nuernberg)\",Gast");
        rows.Should().HaveCount(1 + 5 + 1 + 1, "a header, five entries, the export itself and the final line break");
        rows[^1].Should().BeEmpty();
    }

    [Theory]
    [InlineData("ben", HttpStatusCode.Forbidden)]
    [InlineData("gina", HttpStatusCode.Forbidden)]
    [InlineData("otto", HttpStatusCode.Forbidden)]
    public async Task OnlyKoordinationGetsTheAuditCsvAndARefusalRecordsNothing(string persona, HttpStatusCode status)
    {
        var (workspace, workspaceId) = await WorkspaceAsync();

        using var response = await client.GetAsync(As(AuditExportEndpoints.CsvPath(workspaceId), persona));

        response.StatusCode.Should().Be(status);
        (await workspace.GetAuditAsync(Anna, 0, 10)).Entries.Should().NotContain(entry => entry.Action == AuditAction.AuditExported);
    }

    [Fact]
    public async Task ADocumentExportIsAuditedAndADocumentHiddenFromThePersonIsNotExported()
    {
        var (workspace, _) = await WorkspaceAsync();
        var secret = await workspace.CreateDocumentAsync(Anna, "Personalplanung", DocumentVisibilityMode.OwnOrganisation);

        using var hidden = await client.GetAsync(As(DocumentExportEndpoints.MarkdownPath(secret.Id), "dora"));
        using var exported = await client.GetAsync(As(DocumentExportEndpoints.HtmlPath(secret.Id), "anna"));
        var audit = await workspace.GetAuditAsync(Anna, 0, 10);

        hidden.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await hidden.Content.ReadAsStringAsync()).Should().NotContain("Personalplanung");
        exported.StatusCode.Should().Be(HttpStatusCode.OK);
        audit.Entries[0].Should().BeEquivalentTo(new
        {
            Action = AuditAction.DocumentExported, ActorPersonId = "anna", TargetId = secret.Id, TargetName = "Personalplanung", Detail = "html",
        });
        audit.Entries.Count(entry => entry.Action == AuditAction.DocumentExported).Should().Be(1);
    }

    public void Dispose() => client.Dispose();

    private async Task<(IWorkspaceGrain Workspace, string Id)> WorkspaceAsync()
    {
        var workspaceId = HostedWorkspace.NewId();
        var workspace = app.Grains.GetGrain<IWorkspaceGrain>(workspaceId);
        await HostedWorkspace.CreateWithCastAsync(workspace);
        return (workspace, workspaceId);
    }

    private static string As(string path, string persona) => $"{path}?{PersonaActorAccessor.QueryName}={persona}";
}
