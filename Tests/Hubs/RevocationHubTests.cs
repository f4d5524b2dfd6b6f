using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Grains.Hosting;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Hubs;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Hubs;

/// <summary>
/// Membership and visibility changes take effect at once on open hub connections, over real Kestrel: each connection
/// is signed in as one person of the cast (Anna coordinates for Stadt Nürnberg, Ben of TH Nürnberg and Dora of Stadt
/// Wolfsburg are members).
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class RevocationHubTests(WebAppFixture app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    // How long a connection is watched for a message that must not come.
    private static readonly TimeSpan Silence = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task RevocationAMemberRemovedWhileConnectedReceivesNoFurtherEventAndTheirNextCallFails()
    {
        var (workspace, workspaceId, documentId) = await WorkspaceWithDocumentAsync(DocumentVisibilityMode.AllPartners);
        var column = (await workspace.GetAsync(Anna))!.Columns[0].Id;
        await using var dorasBoard = await JoinWorkspaceAsync(Dora, workspaceId);
        await using var bensBoard = await JoinWorkspaceAsync(Ben, workspaceId);
        await using var dorasEditor = await OpenDocumentAsync(Dora, documentId);
        await using var bensEditor = await OpenDocumentAsync(Ben, documentId);
        await workspace.CreateTaskAsync(Anna, column, TaskDraft.Titled("Vorher"));
        await dorasBoard.NextAsync(nameof(IWorkspaceHubClient.WorkspaceChangedAsync), Patience);
        await bensBoard.NextAsync(nameof(IWorkspaceHubClient.WorkspaceChangedAsync), Patience);

        await workspace.RemoveMemberAsync(Anna, Dora.PersonId);
        var boardRevoked = await dorasBoard.NextAsync(nameof(IWorkspaceHubClient.AccessRevokedAsync), Patience);
        var editorRevoked = await dorasEditor.NextAsync(nameof(IDocumentHubClient.AccessRevokedAsync), Patience);
        await workspace.CreateTaskAsync(Anna, column, TaskDraft.Titled("Nachher"));
        await bensEditor.InvokeAsync<IReadOnlyList<SubmitResult>>(nameof(DocumentHub.SubmitAsync), documentId, 0, Typing("ben-hub", "Ohne Dora"));
        var bensEvents = new[]
        {
            await bensBoard.NextAsync(nameof(IWorkspaceHubClient.WorkspaceChangedAsync), Patience),
            await bensBoard.NextAsync(nameof(IWorkspaceHubClient.WorkspaceChangedAsync), Patience),
        };
        await bensEditor.NextAsync(nameof(IDocumentHubClient.OperationsAppliedAsync), Patience);

        ((string?)boardRevoked).Should().Be(workspaceId);
        ((string?)editorRevoked).Should().Be(documentId);
        bensEvents.Select(e => (string?)e["type"]).Should().Equal("MemberLeft", "TaskCreated");
        (await dorasBoard.ReceivesAsync(nameof(IWorkspaceHubClient.WorkspaceChangedAsync), Silence)).Should().BeFalse();
        (await dorasEditor.ReceivesAsync(nameof(IDocumentHubClient.OperationsAppliedAsync), Silence)).Should().BeFalse();
        var refused = new[]
        {
            await Record.ExceptionAsync(() => dorasBoard.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.GetWorkspaceAsync), workspaceId)),
            await Record.ExceptionAsync(() => dorasBoard.InvokeAsync<BoardTask>(
                nameof(WorkspaceHub.CreateTaskAsync), workspaceId, column, TaskDraft.Titled("Trotzdem"))),
            await Record.ExceptionAsync(() => dorasEditor.InvokeAsync<IReadOnlyList<SubmitResult>>(
                nameof(DocumentHub.SubmitAsync), documentId, 1, Typing("dora-hub", "Trotzdem"))),
            await Record.ExceptionAsync(() => dorasEditor.InvokeAsync<IReadOnlyList<AppliedOperation>>(nameof(DocumentHub.GetSinceAsync), documentId, 0)),
            await Record.ExceptionAsync(() => dorasEditor.InvokeAsync<DocumentSnapshot>(nameof(DocumentHub.OpenDocumentAsync), documentId)),
        };
        refused.Should().AllSatisfy(refusal => refusal.Should().BeOfType<HubCallFailedException>());
        (await workspace.GetAsync(Anna))!.Columns[0].Tasks.Select(task => task.Title).Should().Equal("Vorher", "Nachher");
    }

    [Fact]
    public async Task ADocumentMadeOwnOrganisationOnlyStopsReachingAPartnersOpenConnectionAtOnce()
    {
        var (workspace, _, documentId) = await WorkspaceWithDocumentAsync(DocumentVisibilityMode.AllPartners);
        await using var dorasEditor = await OpenDocumentAsync(Dora, documentId);
        await using var annasEditor = await OpenDocumentAsync(Anna, documentId);
        var leaked = 0;
        dorasEditor.On(nameof(IDocumentHubClient.OperationsAppliedAsync), _ => Interlocked.Increment(ref leaked));
        dorasEditor.On(nameof(IDocumentHubClient.PresenceChangedAsync), _ => Interlocked.Increment(ref leaked));
        await dorasEditor.InvokeAsync(nameof(DocumentHub.UpdatePresenceAsync), documentId, 0, new[] { new PresenceRange(0, 0) });
        await annasEditor.NextAsync(nameof(IDocumentHubClient.PresenceChangedAsync), Patience);

        await workspace.SetDocumentVisibilityAsync(Anna, documentId, DocumentVisibilityMode.OwnOrganisation, null);
        var revoked = await dorasEditor.NextAsync(nameof(IDocumentHubClient.AccessRevokedAsync), Patience);
        var presenceLeft = await annasEditor.NextAsync(nameof(IDocumentHubClient.PresenceLeftAsync), Patience);
        await annasEditor.InvokeAsync<IReadOnlyList<SubmitResult>>(nameof(DocumentHub.SubmitAsync), documentId, 0, Typing("anna-hub", "Intern"));
        await annasEditor.InvokeAsync(nameof(DocumentHub.UpdatePresenceAsync), documentId, 1, new[] { new PresenceRange(6, 6) });
        await annasEditor.NextAsync(nameof(IDocumentHubClient.OperationsAppliedAsync), Patience);

        ((string?)revoked).Should().Be(documentId);
        presenceLeft.Should().NotBeNull();
        (await dorasEditor.ReceivesAsync(nameof(IDocumentHubClient.PresenceLeftAsync), Silence)).Should().BeFalse();
        Volatile.Read(ref leaked).Should().Be(0, "neither Anna's operation nor her cursor may reach Dora");
        var presence = await Record.ExceptionAsync(() => dorasEditor.InvokeAsync(
            nameof(DocumentHub.UpdatePresenceAsync), documentId, 1, new[] { new PresenceRange(0, 0) }));
        presence.Should().BeOfType<HubCallFailedException>();
    }

    [Fact]
    public async Task WorkspaceEventsAboutADocumentReachOnlyThoseWhoMaySeeIt()
    {
        var workspaceId = HostedWorkspace.NewId();
        var workspace = app.Grains.GetGrain<IWorkspaceGrain>(workspaceId);
        await HostedWorkspace.CreateWithCastAsync(workspace);
        await using var bensBoard = await JoinWorkspaceAsync(Ben, workspaceId);
        await using var dorasBoard = await JoinWorkspaceAsync(Dora, workspaceId);

        var named = await workspace.CreateDocumentAsync(Anna, "Für die Hochschule", DocumentVisibilityMode.NamedOrganisations, [Ben.OrganisationId]);
        var toBen = await bensBoard.NextAsync(nameof(IWorkspaceHubClient.WorkspaceChangedAsync), Patience);
        await workspace.CreateDocumentAsync(Anna, "Für alle");
        var toDora = await dorasBoard.NextAsync(nameof(IWorkspaceHubClient.WorkspaceChangedAsync), Patience);

        ((string?)toBen["document"]!["id"]).Should().Be(named.Id);
        ((string?)toDora["document"]!["title"]).Should().Be("Für alle", "the document hidden from Dora never reached her");
        var snapshot = await dorasBoard.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.GetWorkspaceAsync), workspaceId);
        snapshot!.Documents.Select(document => document.Title).Should().Equal("Für alle");
    }

    private async Task<(IWorkspaceGrain Workspace, string WorkspaceId, string DocumentId)> WorkspaceWithDocumentAsync(DocumentVisibilityMode mode)
    {
        var workspaceId = HostedWorkspace.NewId();
        var workspace = app.Grains.GetGrain<IWorkspaceGrain>(workspaceId);
        await HostedWorkspace.CreateWithCastAsync(workspace);
        var document = await workspace.CreateDocumentAsync(Anna, "Protokoll Lenkungskreis", mode);
        return (workspace, workspaceId, document.Id);
    }

    private async Task<HubProtocolClient> JoinWorkspaceAsync(Actor person, string workspaceId)
    {
        var connection = await app.ConnectHubAsync(WorkspaceHub.Path, await app.CastAsync(person));
        await connection.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.JoinWorkspaceAsync), workspaceId);
        return connection;
    }

    private async Task<HubProtocolClient> OpenDocumentAsync(Actor person, string documentId)
    {
        var connection = await app.ConnectHubAsync(DocumentHub.Path, await app.CastAsync(person));
        await connection.InvokeAsync<DocumentSnapshot>(nameof(DocumentHub.OpenDocumentAsync), documentId);
        return connection;
    }

    private static SubmittedOperation[] Typing(string clientId, string text) =>
        [new SubmittedOperation(new OperationId(clientId, 1), TextOperation.Replace(0, 0, 0, text))];
}
