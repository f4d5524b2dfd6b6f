using System.Text.Json;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Hubs;

namespace Kooperationsraum.Tests.Hubs;

[Collection(WebAppCollection.Name)]
public sealed class WorkspaceHubTests(WebAppFixture app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AClientInAWorkspaceGroupReceivesTheEventAnotherClientsChangeCaused()
    {
        var workspace = await app.CreateWorkspaceAsync("Hub: Ereignisse");
        await using var follower = await app.ConnectHubAsync(WorkspaceHub.Path);
        await using var editor = await app.ConnectHubAsync(WorkspaceHub.Path);
        await follower.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.JoinWorkspaceAsync), workspace.Id);

        var created = await editor.InvokeAsync<BoardTask>(
            nameof(WorkspaceHub.CreateTaskAsync), workspace.Id, workspace.Columns[0].Id, TaskDraft.Titled("Schnittstelle beschreiben"));
        var received = await follower.NextAsync(nameof(IWorkspaceHubClient.WorkspaceChangedAsync), Patience);

        ((string?)received["type"]).Should().Be("TaskCreated");
        ((string?)received["task"]!["id"]).Should().Be(created!.Id);
        ((string?)received["task"]!["title"]).Should().Be("Schnittstelle beschreiben");
        ((long)received["version"]!).Should().Be(workspace.Version + 1);
        ((string?)received["by"]!["personId"]).Should().Be(app.Administrator.Actor.PersonId);
    }

    [Fact]
    public async Task AMoveReachesTheFollowerWithItsTargetColumnAndPosition()
    {
        var workspace = await app.CreateWorkspaceAsync("Hub: Verschieben");
        await using var follower = await app.ConnectHubAsync(WorkspaceHub.Path);
        await using var editor = await app.ConnectHubAsync(WorkspaceHub.Path);
        var task = await editor.InvokeAsync<BoardTask>(
            nameof(WorkspaceHub.CreateTaskAsync), workspace.Id, workspace.Columns[0].Id, TaskDraft.Titled("Pilot planen"));
        await follower.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.JoinWorkspaceAsync), workspace.Id);

        await editor.InvokeAsync(nameof(WorkspaceHub.MoveTaskAsync), workspace.Id, task!.Id, workspace.Columns[2].Id, 0);
        var received = await follower.NextAsync(nameof(IWorkspaceHubClient.WorkspaceChangedAsync), Patience);

        ((string?)received["type"]).Should().Be("TaskMoved");
        ((string?)received["toColumnId"]).Should().Be(workspace.Columns[2].Id);
        ((int)received["index"]!).Should().Be(0);
    }

    [Fact]
    public async Task AClientThatLeftTheGroupReceivesNoFurtherEvents()
    {
        var workspace = await app.CreateWorkspaceAsync("Hub: Verlassen");
        await using var follower = await app.ConnectHubAsync(WorkspaceHub.Path);
        await using var editor = await app.ConnectHubAsync(WorkspaceHub.Path);
        await follower.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.JoinWorkspaceAsync), workspace.Id);
        await follower.InvokeAsync(nameof(WorkspaceHub.LeaveWorkspaceAsync), workspace.Id);

        await editor.InvokeAsync<BoardTask>(
            nameof(WorkspaceHub.CreateTaskAsync), workspace.Id, workspace.Columns[0].Id, TaskDraft.Titled("Unbemerkt"));

        (await follower.ReceivesAsync(nameof(IWorkspaceHubClient.WorkspaceChangedAsync), TimeSpan.FromSeconds(1))).Should().BeFalse();
    }

    [Fact]
    public async Task JoiningAnUnknownWorkspaceFailsWithAClearMessage()
    {
        await using var client = await app.ConnectHubAsync(WorkspaceHub.Path);

        var join = () => client.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.JoinWorkspaceAsync), "gibt-es-nicht");

        (await join.Should().ThrowAsync<HubCallFailedException>()).Which.Message.Should().Contain("gibt-es-nicht");
    }

    [Fact]
    public async Task AnOversizedTitleIsRefusedAndChangesNothing()
    {
        var workspace = await app.CreateWorkspaceAsync("Hub: Grenzen");
        await using var client = await app.ConnectHubAsync(WorkspaceHub.Path);

        var create = () => client.InvokeAsync<BoardTask>(
            nameof(WorkspaceHub.CreateTaskAsync), workspace.Id, workspace.Columns[0].Id, TaskDraft.Titled(new string('x', WorkspaceLimits.TitleMaxLength + 1)));

        (await create.Should().ThrowAsync<HubCallFailedException>()).Which.Message.Should().Contain(nameof(WorkspaceError.TitleTooLong));
        var after = await client.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.GetWorkspaceAsync), workspace.Id);
        after!.Version.Should().Be(workspace.Version);
        after.Columns.SelectMany(c => c.Tasks).Should().BeEmpty();
    }

    [Fact]
    public async Task AMalformedInvocationIsRefusedWithoutHarmingTheConnection()
    {
        var workspace = await app.CreateWorkspaceAsync("Hub: Unsinn");
        await using var client = await app.ConnectHubAsync(WorkspaceHub.Path);

        var create = () => client.InvokeAsync<BoardTask>(nameof(WorkspaceHub.CreateTaskAsync), workspace.Id, workspace.Columns[0].Id, new { title = (string?)null });

        await create.Should().ThrowAsync<HubCallFailedException>();
        var after = await client.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.GetWorkspaceAsync), workspace.Id);
        after!.Version.Should().Be(workspace.Version);
    }

    [Fact]
    public async Task AMessageAboveTheSizeLimitClosesTheConnectionInsteadOfBeingParsed()
    {
        var workspace = await app.CreateWorkspaceAsync("Hub: Übergröße");
        var client = await app.ConnectHubAsync(WorkspaceHub.Path);
        var huge = TaskDraft.Titled("Groß") with { Description = new string('x', 200_000) };

        var create = () => client.InvokeAsync<BoardTask>(nameof(WorkspaceHub.CreateTaskAsync), workspace.Id, workspace.Columns[0].Id, huge);

        await create.Should().ThrowAsync<Exception>();
        await client.DisposeAsync();
        var snapshot = await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).GetAsync(app.Administrator.Actor);
        snapshot!.Version.Should().Be(workspace.Version);
    }

    [Fact]
    public async Task EventsSerialiseWithTheirTypeSoEveryClientCanTellThemApart()
    {
        var workspace = await app.CreateWorkspaceAsync("Hub: Typen");
        await using var follower = await app.ConnectHubAsync(WorkspaceHub.Path);
        await follower.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.JoinWorkspaceAsync), workspace.Id);

        await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).AddColumnAsync(app.Administrator.Actor, "Archiv", null);
        var received = await follower.NextAsync(nameof(IWorkspaceHubClient.WorkspaceChangedAsync), Patience);

        var parsed = received.Deserialize<WorkspaceEvent>(HubProtocolClient.JsonOptions);
        parsed.Should().BeOfType<ColumnAdded>()
            .Which.Column.Name.Should().Be("Archiv");
    }
}
