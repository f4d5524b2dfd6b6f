using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Workspaces;
using Kooperationsraum.Tests.Grains.Hosting;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Hosted;

/// <summary>Two hosts on one SQLite file, each with an activation of the same workspace: the ETag decides.</summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class StaleWriteTests(HostedGrainsFixture fixture)
{
    [Fact]
    public async Task AWriteThatAnotherHostMadeFirstFailsNotifiesNobodyAndTheGrainThenServesWhatIsStored()
    {
        var path = fixture.Folder.NewDatabasePath();
        var id = HostedWorkspace.NewId();
        await using var first = await WorkspaceHost.StartAsync(path);
        await using var second = await WorkspaceHost.StartAsync(path);
        var viaFirst = first.Workspace(id);
        var viaSecond = second.Workspace(id);
        var created = await viaFirst.CreateAsync(Anna, Cooperation());
        var recorder = new WorkspaceEventRecorder();
        var observer = first.Grains.CreateObjectReference<IWorkspaceObserver>(recorder);
        await viaFirst.SubscribeAsync(Anna, observer);
        var open = HostedWorkspace.ColumnId(created, "Offen");
        await viaSecond.CreateTaskAsync(Anna, open, TaskDraft.Titled("Auf dem zweiten Host"));
        var reads = first.Storage.ReadsOf<WorkspaceGrain>(id);

        var failure = await Record.ExceptionAsync(() => viaFirst.AddColumnAsync(Anna, "Verloren", null));
        var served = await viaFirst.GetAsync(Anna);
        var stored = await viaSecond.GetAsync(Anna);
        var servedActivity = await viaFirst.GetActivityAsync(Anna, int.MaxValue);
        var storedActivity = await viaSecond.GetActivityAsync(Anna, int.MaxValue);
        await viaFirst.SubscribeAsync(Anna, observer);
        await viaFirst.CreateTaskAsync(Anna, open, TaskDraft.Titled("Danach auf dem ersten Host"));
        var received = await recorder.ReceivedThroughAsync(stored!.Version + 1);

        failure.Should().BeOfType<InconsistentStateException>();
        first.Storage.ReadsOf<WorkspaceGrain>(id).Should().Be(reads + 1);
        served.Should().BeEquivalentTo(stored, options => options.WithStrictOrdering());
        served!.Columns.Should().NotContain(column => column.Name == "Verloren");
        servedActivity.Should().BeEquivalentTo(storedActivity, options => options.RespectingRuntimeTypes().WithStrictOrdering());
        received.Should().ContainSingle().Which.Version.Should().Be(stored.Version + 1);
    }
}
