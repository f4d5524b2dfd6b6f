using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Audit;
using Kooperationsraum.Tests.Grains.Hosting;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Hosted;

/// <summary>A workspace's audit log through a real host on SQLite: what it records, who may read it, and that it lasts.</summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class AuditLogGrainTests(HostedGrainsFixture fixture)
{
    private static readonly Actor Konrad = new("konrad", "Konrad Kurz", Dora.OrganisationId, false);

    [Fact]
    public async Task EveryAuditedKindOfChangeIsRecordedWithWhoWhatAndWhenByIdNewestFirst()
    {
        var databasePath = fixture.Folder.NewDatabasePath();
        var workspaceId = HostedWorkspace.NewId();
        string documentId, taskId, columnId;
        await using (var host = await WorkspaceHost.StartAsync(databasePath))
        {
            var workspace = host.Workspace(workspaceId);
            var created = await HostedWorkspace.CreateWithCastAsync(workspace);
            await workspace.ChangeMemberRoleAsync(Anna, Gina.PersonId, WorkspaceRole.Member);
            await workspace.RemoveMemberAsync(Anna, Dora.PersonId);
            documentId = (await workspace.CreateDocumentAsync(Ben, "Konzept")).Id;
            await workspace.SetDocumentVisibilityAsync(Ben, documentId, DocumentVisibilityMode.NamedOrganisations, [Anna.OrganisationId]);
            await workspace.RecordDocumentExportAsync(Anna, documentId, "md");
            await workspace.DeleteDocumentAsync(Anna, documentId);
            taskId = (await workspace.CreateTaskAsync(Ben, created.Columns[0].Id, TaskDraft.Titled("Weg damit"))).Id;
            await workspace.DeleteTaskAsync(Ben, taskId);
            columnId = (await workspace.AddColumnAsync(Anna, "Zurückgestellt", null)).Id;
            await workspace.RemoveColumnAsync(Anna, columnId);
            await workspace.ExportAuditAsync(Root);
        }

        await using var restarted = await WorkspaceHost.StartAsync(databasePath);
        var page = await restarted.Workspace(workspaceId).GetAuditAsync(Anna, 0, 50);

        page.Total.Should().Be(11);
        page.Entries.Select(e => (e.Action, e.ActorPersonId, e.SubjectPersonId, e.TargetId, e.TargetName, e.Detail, e.Previous)).Should().Equal(
            (AuditAction.AuditExported, "root", null, null, null, "csv", null),
            (AuditAction.ColumnRemoved, "anna", null, columnId, "Zurückgestellt", null, null),
            (AuditAction.TaskDeleted, "ben", null, taskId, "Weg damit", null, null),
            (AuditAction.DocumentDeleted, "anna", null, documentId, "Konzept", null, null),
            (AuditAction.DocumentExported, "anna", null, documentId, "Konzept", "md", null),
            (AuditAction.DocumentVisibilityChanged, "ben", null, documentId, "Konzept", "NamedOrganisations:stadt-nuernberg", "AllPartners"),
            (AuditAction.MemberRemoved, "anna", "dora", null, null, null, "Member"),
            (AuditAction.MemberRoleChanged, "anna", "gina", null, null, "Member", "Guest"),
            (AuditAction.MemberAdded, "anna", "gina", null, null, "Guest", null),
            (AuditAction.MemberAdded, "anna", "dora", null, null, "Member", null),
            (AuditAction.MemberAdded, "anna", "ben", null, null, "Member", null));
        page.Entries.Should().AllSatisfy(entry => entry.At.Should().NotBe(default));
        page.Entries[6].SubjectOrganisationId.Should().Be(Dora.OrganisationId);
        page.Entries[1].ActorOrganisationId.Should().Be(Anna.OrganisationId);
        page.Entries.Select(e => e.Sequence).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task OnlyKoordinationAndAdministratorsReadOrExportTheLogAndARefusalRecordsNothing()
    {
        var workspace = fixture.Host.Workspace(HostedWorkspace.NewId());
        await HostedWorkspace.CreateWithCastAsync(workspace);

        var refusals = new[]
        {
            await Record.ExceptionAsync(() => workspace.GetAuditAsync(Ben, 0, 10)),
            await Record.ExceptionAsync(() => workspace.GetAuditAsync(Gina, 0, 10)),
            await Record.ExceptionAsync(() => workspace.GetAuditAsync(Otto, 0, 10)),
            await Record.ExceptionAsync(() => workspace.ExportAuditAsync(Ben)),
            await Record.ExceptionAsync(() => workspace.ExportAuditAsync(Otto)),
        };

        refusals.Should().AllSatisfy(refusal =>
            refusal.Should().BeOfType<WorkspaceRuleException>().Which.Error.Should().Be(WorkspaceError.NotAllowed));
        (await workspace.GetAuditAsync(Root, 0, 10)).Total.Should().Be(3);
        (await workspace.GetAuditAsync(Anna, 0, 10)).Entries.Should().OnlyContain(entry => entry.Action == AuditAction.MemberAdded);
    }

    [Fact]
    public async Task AKoordinationMemberOfAnotherOrganisationReadsTheEntryButNotTheTitleOfADocumentHiddenFromThem()
    {
        var workspace = fixture.Host.Workspace(HostedWorkspace.NewId());
        await HostedWorkspace.CreateWithCastAsync(workspace);
        await workspace.AddMemberAsync(Anna, Konrad.PersonId, Konrad.DisplayName, Konrad.OrganisationId, WorkspaceRole.Coordination);
        var secret = await workspace.CreateDocumentAsync(Anna, "Personalplanung", DocumentVisibilityMode.OwnOrganisation);
        await workspace.DeleteDocumentAsync(Anna, secret.Id);

        var konrads = (await workspace.GetAuditAsync(Konrad, 0, 1)).Entries.Single();
        var annas = (await workspace.GetAuditAsync(Anna, 0, 1)).Entries.Single();

        konrads.Action.Should().Be(AuditAction.DocumentDeleted);
        konrads.TargetName.Should().BeNull();
        annas.TargetName.Should().Be("Personalplanung");
    }

    [Fact]
    public async Task AnExportOfADocumentHiddenFromThePersonIsRefusedAndNotRecorded()
    {
        var workspace = fixture.Host.Workspace(HostedWorkspace.NewId());
        await HostedWorkspace.CreateWithCastAsync(workspace);
        var secret = await workspace.CreateDocumentAsync(Anna, "Personalplanung", DocumentVisibilityMode.OwnOrganisation);

        var refused = await Record.ExceptionAsync(() => workspace.RecordDocumentExportAsync(Ben, secret.Id, "html"));
        var strange = await Record.ExceptionAsync(() => workspace.RecordDocumentExportAsync(Anna, secret.Id, "exe"));

        refused.Should().BeOfType<WorkspaceRuleException>().Which.Error.Should().Be(WorkspaceError.UnknownDocument);
        strange.Should().BeOfType<WorkspaceRuleException>().Which.Error.Should().Be(WorkspaceError.InvalidDetails);
        (await workspace.GetAuditAsync(Anna, 0, 10)).Entries.Should().NotContain(entry => entry.Action == AuditAction.DocumentExported);
    }

    [Fact]
    public async Task ThePagesOfTheLogFollowEachOtherWithoutGapsOrRepeats()
    {
        var workspace = fixture.Host.Workspace(HostedWorkspace.NewId());
        await HostedWorkspace.CreateWithCastAsync(workspace);
        foreach (var role in new[] { WorkspaceRole.Member, WorkspaceRole.Coordination, WorkspaceRole.Guest, WorkspaceRole.Member })
        {
            await workspace.ChangeMemberRoleAsync(Anna, Gina.PersonId, role);
        }

        var first = await workspace.GetAuditAsync(Anna, 0, 4);
        var second = await workspace.GetAuditAsync(Anna, 4, 4);

        first.Total.Should().Be(7);
        first.Entries.Concat(second.Entries).Select(entry => entry.Sequence).Should().Equal(6, 5, 4, 3, 2, 1, 0);
    }
}
