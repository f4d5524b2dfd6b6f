using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using Kooperationsraum.Grains.Workspaces;
using Kooperationsraum.Tests.Grains.Hosting;
using Kooperationsraum.Tests.Silo;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Hosted;

/// <summary>A workspace's state in a SQLite file, across restarts, idle deactivation and refused commands.</summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class WorkspacePersistenceTests(HostedGrainsFixture fixture)
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task TheBoardTheMembersAndTheActivitySurviveARestartOfTheHost()
    {
        var path = fixture.Folder.NewDatabasePath();
        var id = HostedWorkspace.NewId();
        WorkspaceSnapshot before;
        IReadOnlyList<WorkspaceEvent> activityBefore;
        await using (var host = await WorkspaceHost.StartAsync(path))
        {
            before = await HostedWorkspace.CreateBusyAsync(host.Workspace(id));
            activityBefore = await host.Workspace(id).GetActivityAsync(Root, int.MaxValue);
        }

        await using var restarted = await WorkspaceHost.StartAsync(path);
        var after = await restarted.Workspace(id).GetAsync(Root);
        var activityAfter = await restarted.Workspace(id).GetActivityAsync(Root, int.MaxValue);

        after.Should().BeEquivalentTo(before, options => options.WithStrictOrdering());
        activityAfter.Should().BeEquivalentTo(activityBefore, options => options.RespectingRuntimeTypes().WithStrictOrdering());
        activityAfter.Should().HaveCount((int)before.Version);
    }

    [Fact]
    public async Task EveryAcknowledgedChangeIsInStorageBeforeTheHostStops()
    {
        var path = fixture.Folder.NewDatabasePath();
        var id = HostedWorkspace.NewId();
        await using var host = await WorkspaceHost.StartAsync(path);
        var written = await HostedWorkspace.CreateBusyAsync(host.Workspace(id));

        await using var reader = await WorkspaceHost.StartAsync(path);
        var stored = await reader.Workspace(id).GetAsync(Root);

        stored.Should().BeEquivalentTo(written, options => options.WithStrictOrdering());
    }

    [Fact]
    public async Task AnIdleDeactivatedWorkspaceComesBackWithItsStateAndItsVersionContinues()
    {
        await using var host = await WorkspaceHost.StartAsync(
            fixture.Folder.NewDatabasePath(),
            settings: new Dictionary<string, string?>
            {
                ["Kooperationsraum:GrainHost:IdleTimeout"] = IdleTimeout.ToString(),
                ["Kooperationsraum:GrainHost:CollectionInterval"] = "00:00:00.050",
            });
        var id = HostedWorkspace.NewId();
        var workspace = host.Workspace(id);
        var before = await HostedWorkspace.CreateBusyAsync(workspace);
        var activityBefore = await workspace.GetActivityAsync(Root, int.MaxValue);
        var reads = host.Storage.ReadsOf<WorkspaceGrain>(id);

        WorkspaceSnapshot? returned = null;
        await Eventually.TrueAsync(async () =>
        {
            await Task.Delay(IdleTimeout * 2);
            returned = await workspace.GetAsync(Root);
            return host.Storage.ReadsOf<WorkspaceGrain>(id) > reads;
        });
        var column = await workspace.AddColumnAsync(Anna, "Archiv", null);
        var changed = await workspace.GetAsync(Root);
        var activity = await workspace.GetActivityAsync(Root, int.MaxValue);

        returned.Should().BeEquivalentTo(before, options => options.WithStrictOrdering());
        changed!.Version.Should().Be(before.Version + 1);
        changed.Columns.Should().ContainEquivalentOf(column);
        activity.Should().HaveCount(activityBefore.Count + 1);
        activity[0].Version.Should().Be(before.Version + 1);
        activity.Skip(1).Should().BeEquivalentTo(activityBefore, options => options.RespectingRuntimeTypes().WithStrictOrdering());
    }

    [Theory]
    [InlineData(WorkspaceError.WipLimitReached)]
    [InlineData(WorkspaceError.TitleTooLong)]
    [InlineData(WorkspaceError.NotAllowed)]
    [InlineData(WorkspaceError.StaleTask)]
    [InlineData(WorkspaceError.LastCoordinator)]
    public async Task ARefusedCommandChangesNothingInStorage(WorkspaceError refusal)
    {
        var path = fixture.Folder.NewDatabasePath();
        var id = HostedWorkspace.NewId();
        await using var host = await WorkspaceHost.StartAsync(path);
        var workspace = host.Workspace(id);
        var created = await HostedWorkspace.CreateWithCastAsync(workspace);
        var full = await workspace.AddColumnAsync(Anna, "In Prüfung (voll)", 1);
        await workspace.CreateTaskAsync(Ben, full.Id, TaskDraft.Titled("Wird geprüft"));
        var waiting = await workspace.CreateTaskAsync(Ben, HostedWorkspace.ColumnId(created, "Offen"), TaskDraft.Titled("Wartet"));
        var before = await workspace.GetAsync(Root);
        var activityBefore = await workspace.GetActivityAsync(Root, int.MaxValue);
        var writesBefore = host.Storage.WritesOf<WorkspaceGrain>(id);

        var failure = await Record.ExceptionAsync(() => Refused(refusal, workspace, waiting, full.Id));
        var writes = host.Storage.WritesOf<WorkspaceGrain>(id);
        await host.StopAsync();
        await using var restarted = await WorkspaceHost.StartAsync(path);
        var after = await restarted.Workspace(id).GetAsync(Root);
        var activityAfter = await restarted.Workspace(id).GetActivityAsync(Root, int.MaxValue);

        failure.Should().BeOfType<WorkspaceRuleException>().Which.Error.Should().Be(refusal);
        writes.Should().Be(writesBefore);
        after.Should().BeEquivalentTo(before, options => options.WithStrictOrdering());
        activityAfter.Should().BeEquivalentTo(activityBefore, options => options.RespectingRuntimeTypes().WithStrictOrdering());
    }

    private static Task Refused(WorkspaceError refusal, IWorkspaceGrain workspace, BoardTask waiting, string fullColumnId) =>
        refusal switch
        {
            WorkspaceError.WipLimitReached => workspace.MoveTaskAsync(Ben, waiting.Id, fullColumnId, 0),
            WorkspaceError.TitleTooLong => workspace.UpdateTaskAsync(
                Ben, waiting.Id, waiting.Revision, TaskDraft.Titled(new string('x', WorkspaceLimits.TitleMaxLength + 1))),
            WorkspaceError.NotAllowed => workspace.AddCommentAsync(Otto, waiting.Id, "Von außen"),
            WorkspaceError.StaleTask => workspace.UpdateTaskAsync(Ben, waiting.Id, waiting.Revision + 1, TaskDraft.Titled("Zu spät")),
            WorkspaceError.LastCoordinator => workspace.ChangeMemberRoleAsync(Anna, Anna.PersonId, WorkspaceRole.Member),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, "No command in this test is refused that way."),
        };
}
