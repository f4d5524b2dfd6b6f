using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using Kooperationsraum.Tests.Grains.Hosting;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Hosted;

/// <summary>What a workspace's observers receive, through a real host.</summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class WorkspaceObserverTests(HostedGrainsFixture fixture)
{
    [Fact]
    public async Task EveryChangeReachesASubscribedObserverExactlyOnceInVersionOrderEvenWhenChangesArriveTogether()
    {
        var id = HostedWorkspace.NewId();
        var workspace = fixture.Host.Workspace(id);
        var created = await HostedWorkspace.CreateWithCastAsync(workspace);
        var recorder = await SubscribedRecorderAsync(workspace);
        var open = HostedWorkspace.ColumnId(created, "Offen");

        var tasks = await Task.WhenAll(
            Enumerable.Range(1, 40).Select(i => workspace.CreateTaskAsync(i % 2 == 0 ? Ben : Dora, open, TaskDraft.Titled($"Aufgabe {i}"))));
        await workspace.MoveTaskAsync(Ben, tasks[0].Id, HostedWorkspace.ColumnId(created, "In Arbeit"), 0);
        await workspace.AddCommentAsync(Gina, tasks[0].Id, "Gut.");
        var received = await recorder.ReceivedThroughAsync(created.Version + 42);

        received.Select(e => e.Version).Should().Equal(Enumerable.Range(1, 42).Select(i => created.Version + i));
        received.Should().OnlyContain(e => e.WorkspaceId == id);
        received.Take(40).Should().AllBeOfType<TaskCreated>()
            .Which.Select(e => e.Task.Id).Should().BeEquivalentTo(tasks.Select(task => task.Id));
        received[40].Should().BeOfType<TaskMoved>().Which.TaskId.Should().Be(tasks[0].Id);
        received[41].Should().BeOfType<TaskCommented>().Which.Comment.Text.Should().Be("Gut.");
    }

    [Fact]
    public async Task EveryEventCarriesTheActorsIdAndNameAndTheTimeOfTheHostsClock()
    {
        var workspace = fixture.Host.Workspace(HostedWorkspace.NewId());
        var created = await HostedWorkspace.CreateWithCastAsync(workspace);
        var recorder = await SubscribedRecorderAsync(workspace);
        var open = HostedWorkspace.ColumnId(created, "Offen");
        var start = fixture.Clock.GetUtcNow();

        fixture.Clock.Advance(TimeSpan.FromSeconds(5));
        var task = await workspace.CreateTaskAsync(Ben, open, TaskDraft.Titled("Neu"));
        fixture.Clock.Advance(TimeSpan.FromSeconds(7));
        await workspace.AddCommentAsync(Gina, task.Id, "Gut.");
        fixture.Clock.Advance(TimeSpan.FromSeconds(11));
        await workspace.RenameColumnAsync(Anna, open, "Eingang");
        var received = await recorder.ReceivedThroughAsync(created.Version + 3);

        received.Select(e => e.By).Should().Equal(
            new ChangeStamp("ben", "Ben Weber", start.AddSeconds(5)),
            new ChangeStamp("gina", "Gina Gast", start.AddSeconds(12)),
            new ChangeStamp("anna", "Anna Schmidt", start.AddSeconds(23)));
    }

    [Fact]
    public async Task ObserversReceiveTheWholeTaskWhileTheActivityKeepsItInSummaryForm()
    {
        var workspace = fixture.Host.Workspace(HostedWorkspace.NewId());
        var created = await HostedWorkspace.CreateWithCastAsync(workspace);
        var recorder = await SubscribedRecorderAsync(workspace);
        var draft = new TaskDraft("Schnittstelle beschreiben", "Siehe **Anlage**", ["ben"], null, ["OZG"], [new ChecklistItem("Entwurf", false)]);

        var task = await workspace.CreateTaskAsync(Ben, HostedWorkspace.ColumnId(created, "Offen"), draft);
        await workspace.AddCommentAsync(Gina, task.Id, "Bitte bis Freitag.");
        var edited = await workspace.UpdateTaskAsync(Ben, task.Id, task.Revision, draft with { Title = "Schnittstelle abstimmen" });
        var received = await recorder.ReceivedThroughAsync(created.Version + 3);
        var activity = await workspace.GetActivityAsync(Anna, 3);

        received[0].Should().BeOfType<TaskCreated>().Which.Task.Should().BeEquivalentTo(task);
        received[2].Should().BeOfType<TaskEdited>().Which.Task.Should().BeEquivalentTo(edited);
        edited.Description.Should().Be("Siehe **Anlage**");
        edited.Comments.Should().ContainSingle();
        activity[0].Should().BeOfType<TaskEdited>().Which.Task.Should().BeEquivalentTo(edited with { Description = string.Empty, Checklist = [], Comments = [] });
        activity[2].Should().BeOfType<TaskCreated>().Which.Task.Should().BeEquivalentTo(task with { Description = string.Empty, Checklist = [] });
    }

    private async Task<WorkspaceEventRecorder> SubscribedRecorderAsync(IWorkspaceGrain workspace)
    {
        var recorder = new WorkspaceEventRecorder();
        await workspace.SubscribeAsync(Gina, fixture.Host.Grains.CreateObjectReference<IWorkspaceObserver>(recorder));
        return recorder;
    }
}
