using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using Kooperationsraum.Grains.Workspaces;
using Kooperationsraum.Tests.Documents.Hosted;
using Kooperationsraum.Tests.Grains.Hosting;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Hosted;

/// <summary>A workspace's documents through a real host: the workspace grain and the document grains stay in step.</summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class WorkspaceDocumentGrainTests(HostedGrainsFixture fixture)
{
    [Fact]
    public async Task CreatingADocumentCreatesItsGrainInThisWorkspaceAndListsIt()
    {
        var id = HostedWorkspace.NewId();
        var workspace = fixture.Host.Workspace(id);
        await HostedWorkspace.CreateWithCastAsync(workspace);

        var created = await workspace.CreateDocumentAsync(Ben, " Protokoll Lenkungskreis ");
        var info = await fixture.Host.Document(created.Id).GetInfoAsync();
        var snapshot = await workspace.GetAsync(Gina);

        created.Title.Should().Be("Protokoll Lenkungskreis");
        created.Created.PersonId.Should().Be(Ben.PersonId);
        info.Should().NotBeNull();
        info!.WorkspaceId.Should().Be(id);
        info.Title.Should().Be("Protokoll Lenkungskreis");
        info.Version.Should().Be(0);
        snapshot!.Documents.Should().Equal(created);
    }

    [Fact]
    public async Task RenamingRenamesTheDocumentGrainToo()
    {
        var workspace = fixture.Host.Workspace(HostedWorkspace.NewId());
        await HostedWorkspace.CreateWithCastAsync(workspace);
        var created = await workspace.CreateDocumentAsync(Ben, "Konzept");

        await workspace.RenameDocumentAsync(Dora, created.Id, "Konzept Fachverfahren");

        (await fixture.Host.Document(created.Id).GetInfoAsync())!.Title.Should().Be("Konzept Fachverfahren");
        (await workspace.GetAsync(Anna))!.Documents.Single().Title.Should().Be("Konzept Fachverfahren");
    }

    [Fact]
    public async Task DeletingDeletesTheDocumentsTextAndHistoryForGood()
    {
        var databasePath = fixture.Folder.NewDatabasePath();
        string documentId;
        var workspaceId = HostedWorkspace.NewId();
        await using (var host = await WorkspaceHost.StartAsync(databasePath))
        {
            var workspace = host.Workspace(workspaceId);
            await HostedWorkspace.CreateWithCastAsync(workspace);
            documentId = (await workspace.CreateDocumentAsync(Ben, "Vertraulicher Entwurf")).Id;
            var document = host.Document(documentId);
            await document.SubmitAsync(Ben, new OperationId("ben-1", 1), 0, TextOperation.Replace(0, 0, 0, "Geheime Zahlen"));

            await workspace.DeleteDocumentAsync(Anna, documentId);

            (await workspace.GetAsync(Anna))!.Documents.Should().BeEmpty();
            (await Record.ExceptionAsync(() => document.GetSnapshotAsync(Anna))).Should().BeOfType<DocumentRuleException>()
                .Which.Error.Should().Be(DocumentError.DocumentDeleted);
        }

        await using var restarted = await WorkspaceHost.StartAsync(databasePath);
        var afterRestart = restarted.Document(documentId);
        var snapshot = await Record.ExceptionAsync(() => afterRestart.GetSnapshotAsync(Anna));
        var history = await Record.ExceptionAsync(() => afterRestart.GetHistoryAsync(Anna, 10));
        var info = await Record.ExceptionAsync(afterRestart.GetInfoAsync);

        new[] { snapshot, history, info }.Should().AllSatisfy(refusal =>
            refusal.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.DocumentDeleted));
        (await restarted.Workspace(workspaceId).GetAsync(Anna))!.Documents.Should().BeEmpty();
    }

    [Fact]
    public async Task ARefusedCommandTouchesNeitherTheWorkspaceNorAnyDocument()
    {
        var id = HostedWorkspace.NewId();
        var workspace = fixture.Host.Workspace(id);
        await HostedWorkspace.CreateWithCastAsync(workspace);
        var created = await workspace.CreateDocumentAsync(Ben, "Konzept");
        var before = await workspace.GetAsync(Anna);
        var documentsBefore = fixture.Host.Storage.KeysWrittenOf<DocumentGrain>();
        var documentWrites = fixture.Host.Storage.WritesOf<DocumentGrain>(created.Id);

        var refusals = new[]
        {
            await Record.ExceptionAsync(() => workspace.CreateDocumentAsync(Gina, "Vom Gast")),
            await Record.ExceptionAsync(() => workspace.CreateDocumentAsync(Ben, new string('x', DocumentLimits.MaxTitleLength + 1))),
            await Record.ExceptionAsync(() => workspace.RenameDocumentAsync(Gina, created.Id, "Vom Gast")),
            await Record.ExceptionAsync(() => workspace.RenameDocumentAsync(Ben, created.Id, " ")),
            await Record.ExceptionAsync(() => workspace.RenameDocumentAsync(Ben, "gibt-es-nicht", "Neu")),
            await Record.ExceptionAsync(() => workspace.DeleteDocumentAsync(Dora, created.Id)),
            await Record.ExceptionAsync(() => workspace.DeleteDocumentAsync(Anna, "gibt-es-nicht")),
        };

        refusals.Select(refusal => refusal.Should().BeOfType<WorkspaceRuleException>().Subject.Error).Should().Equal(
            WorkspaceError.NotAllowed,
            WorkspaceError.TitleTooLong,
            WorkspaceError.NotAllowed,
            WorkspaceError.TitleRequired,
            WorkspaceError.UnknownDocument,
            WorkspaceError.NotAllowed,
            WorkspaceError.UnknownDocument);
        (await workspace.GetAsync(Anna)).Should().BeEquivalentTo(before);
        fixture.Host.Storage.KeysWrittenOf<DocumentGrain>().Should().BeEquivalentTo(documentsBefore);
        fixture.Host.Storage.WritesOf<DocumentGrain>(created.Id).Should().Be(documentWrites);
        (await fixture.Host.Document(created.Id).GetInfoAsync())!.Title.Should().Be("Konzept");
    }

    [Fact]
    public async Task WhenTheWorkspaceCannotRecordANewDocumentTheDocumentIsDeletedAgain()
    {
        var id = HostedWorkspace.NewId();
        var workspace = fixture.Host.Workspace(id);
        await HostedWorkspace.CreateWithCastAsync(workspace);
        var documentsBefore = fixture.Host.Storage.KeysWrittenOf<DocumentGrain>();

        fixture.Host.Storage.FailWritesOf<WorkspaceGrain>(id);
        var failure = await Record.ExceptionAsync(() => workspace.CreateDocumentAsync(Ben, "Verwaist?"));
        fixture.Host.Storage.FailWritesOf<WorkspaceGrain>(id, fail: false);

        failure.Should().BeOfType<IOException>();
        var orphan = fixture.Host.Storage.KeysWrittenOf<DocumentGrain>().Except(documentsBefore).Should().ContainSingle().Subject;
        (await Record.ExceptionAsync(fixture.Host.Document(orphan).GetInfoAsync)).Should().BeOfType<DocumentRuleException>()
            .Which.Error.Should().Be(DocumentError.DocumentDeleted);
        (await workspace.GetAsync(Anna))!.Documents.Should().BeEmpty();
        (await workspace.CreateDocumentAsync(Ben, "Zweiter Versuch")).Title.Should().Be("Zweiter Versuch");
    }

    [Fact]
    public async Task WhenTheWorkspaceCannotRecordARenameTheDocumentKeepsItsTitle()
    {
        var id = HostedWorkspace.NewId();
        var workspace = fixture.Host.Workspace(id);
        await HostedWorkspace.CreateWithCastAsync(workspace);
        var created = await workspace.CreateDocumentAsync(Ben, "Konzept");

        fixture.Host.Storage.FailWritesOf<WorkspaceGrain>(id);
        var failure = await Record.ExceptionAsync(() => workspace.RenameDocumentAsync(Ben, created.Id, "Umbenannt"));
        fixture.Host.Storage.FailWritesOf<WorkspaceGrain>(id, fail: false);

        failure.Should().BeOfType<IOException>();
        (await fixture.Host.Document(created.Id).GetInfoAsync())!.Title.Should().Be("Konzept");
        (await workspace.GetAsync(Anna))!.Documents.Single().Title.Should().Be("Konzept");
    }

    [Fact]
    public async Task ADeletionThatFailedToRecordCompletesWhenTriedAgain()
    {
        var id = HostedWorkspace.NewId();
        var workspace = fixture.Host.Workspace(id);
        await HostedWorkspace.CreateWithCastAsync(workspace);
        var created = await workspace.CreateDocumentAsync(Ben, "Konzept");

        fixture.Host.Storage.FailWritesOf<WorkspaceGrain>(id);
        var failure = await Record.ExceptionAsync(() => workspace.DeleteDocumentAsync(Anna, created.Id));
        fixture.Host.Storage.FailWritesOf<WorkspaceGrain>(id, fail: false);
        await workspace.DeleteDocumentAsync(Anna, created.Id);

        failure.Should().BeOfType<IOException>();
        (await workspace.GetAsync(Anna))!.Documents.Should().BeEmpty();
        (await Record.ExceptionAsync(fixture.Host.Document(created.Id).GetInfoAsync)).Should().BeOfType<DocumentRuleException>()
            .Which.Error.Should().Be(DocumentError.DocumentDeleted);
    }

    [Fact]
    public async Task ObserversHearOfEveryDocumentChangeAndTheActivityKeepsThem()
    {
        var workspace = fixture.Host.Workspace(HostedWorkspace.NewId());
        var created = await HostedWorkspace.CreateWithCastAsync(workspace);
        var recorder = new WorkspaceEventRecorder();
        await workspace.SubscribeAsync(Gina, fixture.Host.Grains.CreateObjectReference<IWorkspaceObserver>(recorder));

        var document = await workspace.CreateDocumentAsync(Ben, "Konzept");
        await workspace.RenameDocumentAsync(Dora, document.Id, "Konzept, überarbeitet");
        await workspace.DeleteDocumentAsync(Ben, document.Id);
        var received = await recorder.ReceivedThroughAsync(created.Version + 3);
        var activity = await workspace.GetActivityAsync(Gina, 3);

        received[0].Should().BeOfType<DocumentCreated>().Which.Document.Should().Be(document);
        received[1].Should().BeOfType<DocumentRenamed>().Which.Title.Should().Be("Konzept, überarbeitet");
        received[2].Should().BeOfType<DocumentDeleted>().Which.Should().Match<DocumentDeleted>(
            deleted => deleted.DocumentId == document.Id && deleted.Title == "Konzept, überarbeitet" && deleted.By.PersonId == Ben.PersonId);
        activity.Should().Equal(received.AsEnumerable().Reverse());
    }
}
