using System.Net;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Audit;
using Kooperationsraum.Tests.Grains.Hosting;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Audit;
using Kooperationsraum.Web.Exports;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Web;

/// <summary>The audit CSV and the auditing of document exports, over real Kestrel, as different people of the cast.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AuditExportTests(WebAppFixture app)
{
    [Fact]
    public async Task TheAuditCsvListsEveryEntryNewestFirstWithNamesQuotedAndFormulasDefused()
    {
        var (workspace, workspaceId) = await WorkspaceAsync();
        await workspace.AddMemberAsync(Anna, "mallory", "=HYPERLINK(\"http://x\",\"y\")", Ben.OrganisationId, WorkspaceRole.Guest);
        await workspace.ChangeMemberRoleAsync(Anna, Gina.PersonId, WorkspaceRole.Member);

        using var response = await GetAsAsync(Anna, AuditExportEndpoints.CsvPath(workspaceId));
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
    public async Task OnlyKoordinationGetsTheAuditCsvAndARefusalRecordsNothing(string personId, HttpStatusCode status)
    {
        var (workspace, workspaceId) = await WorkspaceAsync();

        using var response = await GetAsAsync(new[] { Ben, Gina, Otto }.Single(actor => actor.PersonId == personId), AuditExportEndpoints.CsvPath(workspaceId));

        response.StatusCode.Should().Be(status);
        (await workspace.GetAuditAsync(Anna, 0, 10)).Entries.Should().NotContain(entry => entry.Action == AuditAction.AuditExported);
    }

    [Fact]
    public async Task ADocumentExportIsAuditedAndADocumentHiddenFromThePersonIsNotExported()
    {
        var (workspace, _) = await WorkspaceAsync();
        var secret = await workspace.CreateDocumentAsync(Anna, "Personalplanung", DocumentVisibilityMode.OwnOrganisation);

        using var hidden = await GetAsAsync(Dora, DocumentExportEndpoints.MarkdownPath(secret.Id));
        using var exported = await GetAsAsync(Anna, DocumentExportEndpoints.HtmlPath(secret.Id));
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

    private async Task<(IWorkspaceGrain Workspace, string Id)> WorkspaceAsync()
    {
        var workspaceId = HostedWorkspace.NewId();
        var workspace = app.Grains.GetGrain<IWorkspaceGrain>(workspaceId);
        await HostedWorkspace.CreateWithCastAsync(workspace);
        return (workspace, workspaceId);
    }

    /// <summary>Sends a GET as a person of the cast, signed in through the sign-in form.</summary>
    private async Task<HttpResponseMessage> GetAsAsync(Actor person, string path)
    {
        using var client = app.CreateClient(await app.SignInAsync(await app.CastAsync(person)));
        return await client.GetAsync(path);
    }
}
