using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Hubs;

namespace Kooperationsraum.Tests.Hubs;

/// <summary>Changes of a workspace's documents reach everyone who follows the workspace, over real Kestrel.</summary>
[Collection(WebAppCollection.Name)]
public sealed class WorkspaceDocumentHubTests(WebAppFixture app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AnOpenWorkspaceReceivesDocumentCreatedRenamedAndDeleted()
    {
        var workspace = await app.CreateWorkspaceAsync("Hub: Dokumente");
        var grain = app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id);
        await using var follower = await app.ConnectHubAsync(WorkspaceHub.Path);
        await follower.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.JoinWorkspaceAsync), workspace.Id);

        var document = await grain.CreateDocumentAsync(app.Administrator.Actor, "Protokoll Lenkungskreis");
        var created = await follower.NextAsync(nameof(IWorkspaceHubClient.WorkspaceChangedAsync), Patience);
        await grain.RenameDocumentAsync(app.Administrator.Actor, document.Id, "Protokoll 3. März");
        var renamed = await follower.NextAsync(nameof(IWorkspaceHubClient.WorkspaceChangedAsync), Patience);
        await grain.DeleteDocumentAsync(app.Administrator.Actor, document.Id);
        var deleted = await follower.NextAsync(nameof(IWorkspaceHubClient.WorkspaceChangedAsync), Patience);

        ((string?)created["type"]).Should().Be("DocumentCreated");
        ((string?)created["document"]!["id"]).Should().Be(document.Id);
        ((string?)created["document"]!["title"]).Should().Be("Protokoll Lenkungskreis");
        ((long)created["version"]!).Should().Be(workspace.Version + 1);
        ((string?)renamed["type"]).Should().Be("DocumentRenamed");
        ((string?)renamed["title"]).Should().Be("Protokoll 3. März");
        ((string?)deleted["type"]).Should().Be("DocumentDeleted");
        ((string?)deleted["documentId"]).Should().Be(document.Id);
        ((long)deleted["version"]!).Should().Be(workspace.Version + 3);
    }
}
