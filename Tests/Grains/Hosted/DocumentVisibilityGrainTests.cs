using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using Kooperationsraum.Tests.Documents.Hosted;
using Kooperationsraum.Tests.Grains.Hosting;
using Kooperationsraum.Tests.Silo;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Hosted;

/// <summary>
/// Document visibility through a real host: the document grain enforces it on every read, edit and subscription, the
/// workspace grain filters what each observer hears, and a change takes effect at once although documents cache
/// rights. Hanna is a Mitglied of Anna's organisation (Stadt Nürnberg); everyone else of the cast belongs to another.
/// </summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class DocumentVisibilityGrainTests(HostedGrainsFixture fixture)
{
    private static readonly Actor Hanna = new("hanna", "Hanna Berg", Anna.OrganisationId, false);

    [Fact]
    public async Task ADocumentOfOneOrganisationRefusesReadsEditsAndSubscriptionsOfEveryoneElse()
    {
        var (_, _, document) = await DocumentAsync(DocumentVisibilityMode.OwnOrganisation);
        var typed = await HostedDocument.TypeAsync(document, new OperationId("anna-1", 1), 0, "Vertraulich");

        var refusals = new[]
        {
            await Record.ExceptionAsync(() => document.GetSnapshotAsync(Ben)),
            await Record.ExceptionAsync(() => document.GetSinceAsync(Dora, 0)),
            await Record.ExceptionAsync(() => document.GetHistoryAsync(Gina, 10)),
            await Record.ExceptionAsync(() => document.MayEditAsync(Ben)),
            await Record.ExceptionAsync(() => document.SubmitAsync(Ben, new OperationId("ben-1", 1), typed.Version, TextOperation.Replace(11, 0, 0, "!"))),
            await Record.ExceptionAsync(() => document.SubscribeAsync(Ben, new DocumentOperationRecorder())),
            await Record.ExceptionAsync(() => document.SubscribeAsync(Otto, new DocumentOperationRecorder())),
        };

        refusals.Should().AllSatisfy(refusal =>
            refusal.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.AccessDenied));
        (await document.GetSnapshotAsync(Hanna)).Text.Should().Be("Vertraulich");
        (await document.GetSnapshotAsync(Root)).Text.Should().Be("Vertraulich");
        (await document.MayEditAsync(Hanna)).Should().BeTrue();
    }

    [Fact]
    public async Task NarrowingTheVisibilityRefusesTheNextReadAndEndsTheFollowingBeforeTheNextWrite()
    {
        var (workspace, id, document) = await DocumentAsync(DocumentVisibilityMode.AllPartners);
        var recorder = new DocumentOperationRecorder();
        await document.SubscribeAsync(Ben, fixture.Host.Grains.CreateObjectReference<IDocumentObserver>(recorder));
        await HostedDocument.TypeAsync(document, new OperationId("ben-1", 1), 0, "Entwurf");
        (await document.GetSnapshotAsync(Dora)).Text.Should().Be("Entwurf", "Dora's right is cached now");

        await workspace.SetDocumentVisibilityAsync(Anna, id, DocumentVisibilityMode.NamedOrganisations, [Ben.OrganisationId]);
        var afterwards = await HostedDocument.TypeAsync(document, new OperationId("anna-1", 1), 7, " (intern)");
        var received = await ReceivedThroughAsync(recorder, afterwards.Version);

        var refused = await Record.ExceptionAsync(() => document.GetSnapshotAsync(Dora));
        refused.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.AccessDenied);
        (await document.GetSnapshotAsync(Ben)).Text.Should().Be("Entwurf (intern)");
        received.Should().Equal("v1", "revoked:dora,gina", $"v{afterwards.Version}");
    }

    [Fact]
    public async Task RemovingAMemberRevokesTheirAccessToEveryDocumentAtOnce()
    {
        var (workspace, id, document) = await DocumentAsync(DocumentVisibilityMode.AllPartners);
        var recorder = new DocumentOperationRecorder();
        await document.SubscribeAsync(Dora, fixture.Host.Grains.CreateObjectReference<IDocumentObserver>(recorder));
        (await document.GetSnapshotAsync(Dora)).Version.Should().Be(0);

        await workspace.RemoveMemberAsync(Anna, Dora.PersonId);
        var afterwards = await HostedDocument.TypeAsync(document, new OperationId("anna-1", 1), 0, "Nach Doras Abschied");
        var received = await ReceivedThroughAsync(recorder, afterwards.Version);

        var refused = await Record.ExceptionAsync(() => document.GetSnapshotAsync(Dora));
        refused.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.AccessDenied);
        received.Should().Equal("revoked:dora", "v1");
    }

    [Fact]
    public async Task WidenedVisibilityLetsInAtOnceWhomTheDocumentRefusedAMomentAgo()
    {
        var (workspace, id, document) = await DocumentAsync(DocumentVisibilityMode.OwnOrganisation);
        await Record.ExceptionAsync(() => document.GetSnapshotAsync(Gina));

        await workspace.SetDocumentVisibilityAsync(Anna, id, DocumentVisibilityMode.AllPartners, null);

        (await document.GetSnapshotAsync(Gina)).Version.Should().Be(0);
    }

    [Fact]
    public async Task EachWorkspaceObserverHearsOnlyOfDocumentsItsPersonMaySee()
    {
        var workspace = fixture.Host.Workspace(HostedWorkspace.NewId());
        await CastAsync(workspace);
        var annas = new WorkspaceEventRecorder();
        var bens = new WorkspaceEventRecorder();
        await workspace.SubscribeAsync(Anna, fixture.Host.Grains.CreateObjectReference<IWorkspaceObserver>(annas));
        await workspace.SubscribeAsync(Ben, fixture.Host.Grains.CreateObjectReference<IWorkspaceObserver>(bens));

        var hidden = await workspace.CreateDocumentAsync(Anna, "Personalplanung", DocumentVisibilityMode.OwnOrganisation);
        await workspace.RenameDocumentAsync(Anna, hidden.Id, "Personalplanung 2026");
        var shared = await workspace.CreateDocumentAsync(Anna, "Protokoll", DocumentVisibilityMode.NamedOrganisations, [Ben.OrganisationId]);
        var last = await workspace.CreateTaskAsync(Anna, (await workspace.GetAsync(Anna))!.Columns[0].Id, TaskDraft.Titled("Danach"));
        var version = (await workspace.GetAsync(Root))!.Version;

        var toAnna = await annas.ReceivedThroughAsync(version);
        var toBen = await bens.ReceivedThroughAsync(version);

        toAnna.OfType<DocumentCreated>().Select(e => e.Document.Id).Should().Equal(hidden.Id, shared.Id);
        toAnna.OfType<DocumentRenamed>().Should().ContainSingle();
        toBen.OfType<DocumentCreated>().Select(e => e.Document.Id).Should().Equal(shared.Id);
        toBen.OfType<DocumentRenamed>().Should().BeEmpty();
        toBen.OfType<TaskCreated>().Single().Task.Id.Should().Be(last.Id);
        (await workspace.GetAsync(Ben))!.Documents.Select(d => d.Title).Should().Equal("Protokoll");
    }

    [Fact]
    public async Task ARemovedMembersObserverHearsOfTheRemovalLastAndNothingAfter()
    {
        var workspace = fixture.Host.Workspace(HostedWorkspace.NewId());
        await CastAsync(workspace);
        var doras = new WorkspaceEventRecorder();
        var annas = new WorkspaceEventRecorder();
        await workspace.SubscribeAsync(Dora, fixture.Host.Grains.CreateObjectReference<IWorkspaceObserver>(doras));
        await workspace.SubscribeAsync(Anna, fixture.Host.Grains.CreateObjectReference<IWorkspaceObserver>(annas));

        await workspace.RemoveMemberAsync(Anna, Dora.PersonId);
        var removal = (await workspace.GetAsync(Root))!.Version;
        await workspace.CreateTaskAsync(Anna, (await workspace.GetAsync(Anna))!.Columns[0].Id, TaskDraft.Titled("Ohne Dora"));
        await annas.ReceivedThroughAsync(removal + 1);

        doras.Received.Should().ContainSingle().Which.Should().BeOfType<MemberLeft>().Which.PersonId.Should().Be(Dora.PersonId);
        var renewal = await Record.ExceptionAsync(() => workspace.SubscribeAsync(Dora, fixture.Host.Grains.CreateObjectReference<IWorkspaceObserver>(doras)));
        renewal.Should().BeOfType<WorkspaceRuleException>().Which.Error.Should().Be(WorkspaceError.NotAllowed);
    }

    private async Task<(IWorkspaceGrain Workspace, string Id, IDocumentGrain Document)> DocumentAsync(DocumentVisibilityMode mode)
    {
        var workspace = fixture.Host.Workspace(HostedWorkspace.NewId());
        await CastAsync(workspace);
        var created = await workspace.CreateDocumentAsync(Anna, "Haushaltsentwurf 2026", mode);
        return (workspace, created.Id, fixture.Host.Document(created.Id));
    }

    private static async Task CastAsync(IWorkspaceGrain workspace)
    {
        await HostedWorkspace.CreateWithCastAsync(workspace);
        await workspace.AddMemberAsync(Anna, Hanna.PersonId, Hanna.DisplayName, Hanna.OrganisationId, WorkspaceRole.Member);
    }

    private static async Task<IReadOnlyList<string>> ReceivedThroughAsync(DocumentOperationRecorder recorder, int version)
    {
        await Eventually.TrueAsync(() => Task.FromResult(recorder.Received.Contains($"v{version}")));
        return recorder.Received;
    }
}
