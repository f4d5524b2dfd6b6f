using System.Text;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Workspaces;

public sealed class ActivityTests
{
    [Fact]
    public void EveryChangeRaisesTheVersionByOneAndIsKeptAsExactlyOneEvent()
    {
        var scenario = Created();
        var versionBefore = scenario.Snapshot().Version;
        var activityBefore = scenario.State.Activity.Count;

        var task = scenario.AddTask("Offen", "Neu");
        scenario.Workspace.MoveTask(Ben, task.Id, scenario.ColumnId("In Arbeit"), 0);
        scenario.Workspace.AddComment(Gina, task.Id, "Gut.");

        scenario.Snapshot().Version.Should().Be(versionBefore + 3);
        scenario.State.Activity.Should().HaveCount(activityBefore + 3);
        scenario.State.Activity.Select(e => e.Version).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        scenario.State.Activity.Last().Version.Should().Be(scenario.Snapshot().Version);
    }

    [Fact]
    public void EveryEventCarriesTheWorkspaceTheNewVersionTheActorAndTheTimeOfTheClock()
    {
        var scenario = Created();
        var version = scenario.Snapshot().Version;

        scenario.Clock.Advance(TimeSpan.FromMinutes(10));
        WorkspaceEvent created = scenario.Workspace.CreateTask(Ben, scenario.ColumnId("Offen"), TaskDraft.Titled("Neu"));
        scenario.Clock.Advance(TimeSpan.FromMinutes(10));
        WorkspaceEvent commented = scenario.Workspace.AddComment(Gina, ((TaskCreated)created).Task.Id, "Gut.");
        scenario.Clock.Advance(TimeSpan.FromMinutes(10));
        WorkspaceEvent added = scenario.Workspace.AddColumn(Root, "Archiv", null);

        created.Should().Match<WorkspaceEvent>(e => e.WorkspaceId == WorkspaceId && e.Version == version + 1);
        created.By.Should().Be(new ChangeStamp("ben", "Ben Weber", Start.AddMinutes(10)));
        commented.Version.Should().Be(version + 2);
        commented.By.Should().Be(new ChangeStamp("gina", "Gina Gast", Start.AddMinutes(20)));
        added.Version.Should().Be(version + 3);
        added.By.Should().Be(new ChangeStamp("root", "Betrieb", Start.AddMinutes(30)));
    }

    [Fact]
    public void ActivityListsTheNewestEventsFirstUpToTheCount()
    {
        var scenario = Created();
        var first = scenario.AddTask("Offen", "Eins");
        var second = scenario.AddTask("Offen", "Zwei");
        scenario.Workspace.DeleteTask(Ben, first.Id);

        var activity = scenario.Workspace.Activity(Gina, 3);

        activity.Should().HaveCount(3);
        activity[0].Should().BeOfType<TaskDeleted>().Which.TaskId.Should().Be(first.Id);
        activity[1].Should().BeOfType<TaskCreated>().Which.Task.Id.Should().Be(second.Id);
        activity[2].Should().BeOfType<TaskCreated>().Which.Task.Id.Should().Be(first.Id);
    }

    [Fact]
    public void ActivityListsEveryKeptEventWhenTheCountExceedsThem()
    {
        var scenario = Created();

        var activity = scenario.Workspace.Activity(Gina, 1_000);

        activity.Should().HaveCount(scenario.State.Activity.Count);
        activity.Last().Should().BeOfType<WorkspaceCreated>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void ACountOfZeroOrLessListsNothing(int count)
    {
        var scenario = Created();

        var activity = scenario.Workspace.Activity(Gina, count);

        activity.Should().BeEmpty();
    }

    [Fact]
    public void OnlyTheNewest500EventsAreKept()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Viel besprochen");
        for (var i = 0; i < 600; i++)
        {
            scenario.Workspace.AddComment(Ben, task.Id, $"Kommentar {i}");
        }

        var activity = scenario.Workspace.Activity(Anna, int.MaxValue);

        var version = scenario.Snapshot().Version;
        activity.Should().HaveCount(WorkspaceLimits.ActivityRetention);
        activity.Select(e => e.Version).Should().Equal(Enumerable.Range(0, 500).Select(i => version - i));
    }

    [Fact]
    public void TheKeptActivityLeavesOutLongTextsWhileTheReturnedEventsKeepThem()
    {
        var scenario = Created();
        var draft = Documented(new string('d', 2_000));
        var created = scenario.Workspace.CreateTask(Ben, scenario.ColumnId("Offen"), draft);
        scenario.Workspace.AddComment(Gina, created.Task.Id, "Bitte bis Freitag.");
        var edited = scenario.Workspace.UpdateTask(Dora, created.Task.Id, created.Task.Revision, draft with { Title = "Schnittstelle abstimmen" });

        var kept = scenario.Workspace.Activity(Anna, 3);

        created.Task.Description.Should().Be(draft.Description);
        edited.Task.Description.Should().Be(draft.Description);
        edited.Task.Comments.Should().ContainSingle().Which.Text.Should().Be("Bitte bis Freitag.");
        kept[0].Should().BeOfType<TaskEdited>().Which.Should().BeEquivalentTo(Summarised(edited));
        kept[1].Should().BeOfType<TaskCommented>().Which.Comment.Text.Should().BeEmpty();
        kept[2].Should().BeOfType<TaskCreated>().Which.Should().BeEquivalentTo(Summarised(created));
        scenario.Task(created.Task.Id).Description.Should().Be(draft.Description);
    }

    [Fact]
    public void AStateWith500EditsOfATaskWithA20000CharacterDescriptionSerialisesToWellUnderOneMegabyte()
    {
        var scenario = Created();
        var draft = Documented(new string('d', WorkspaceLimits.DescriptionMaxLength));
        var task = scenario.Workspace.CreateTask(Ben, scenario.ColumnId("Offen"), draft).Task;
        for (var i = 0; i < 10; i++)
        {
            scenario.Workspace.AddComment(Gina, task.Id, new string('c', 1_000));
        }

        for (var i = 0; i < WorkspaceLimits.ActivityRetention; i++)
        {
            var description = $"{i:D5}{new string('d', WorkspaceLimits.DescriptionMaxLength - 5)}";
            task = scenario.Workspace.UpdateTask(Ben, task.Id, task.Revision, draft with { Description = description }).Task;
        }

        var bytes = Encoding.UTF8.GetByteCount(scenario.Json());

        scenario.State.Activity.Should().HaveCount(WorkspaceLimits.ActivityRetention).And.AllBeOfType<TaskEdited>();
        bytes.Should().BeLessThan(512 * 1024, "whole tasks would make it about 15 MB");
    }

    [Fact]
    public void UpgradingARecordSummarisesTheTasksItsActivityStillKeepsWhole()
    {
        var scenario = Created();
        var draft = Documented("Ältere Fassung mit **Beschreibung**");
        var created = scenario.Workspace.CreateTask(Ben, scenario.ColumnId("Offen"), draft);
        scenario.Workspace.AddComment(Gina, created.Task.Id, "Gesehen.");
        scenario.State.Activity[^2] = created;

        scenario.State.UpgradeSchema();

        scenario.State.Activity[^2].Should().BeEquivalentTo(Summarised(created));
        scenario.Task(created.Task.Id).Description.Should().Be(draft.Description);
    }

    [Fact]
    public void ARefusedCommandLeavesTheVersionAndTheActivityAsTheyWere()
    {
        var scenario = Created();
        var version = scenario.Snapshot().Version;
        var activity = scenario.Workspace.Activity(Anna, int.MaxValue);

        scenario.Attempt(() => scenario.Workspace.AddColumn(Gina, "Neu", null));

        scenario.Snapshot().Version.Should().Be(version);
        scenario.Workspace.Activity(Anna, int.MaxValue).Should().Equal(activity);
    }

    private static TaskDraft Documented(string description) =>
        new("Schnittstelle beschreiben", description, ["ben"], new DateOnly(2025, 5, 1), ["OZG"], [new ChecklistItem("Entwurf", false)]);

    private static TaskCreated Summarised(TaskCreated created) =>
        created with { Task = created.Task with { Description = string.Empty, Checklist = [], Comments = [] } };

    private static TaskEdited Summarised(TaskEdited edited) =>
        edited with { Task = edited.Task with { Description = string.Empty, Checklist = [], Comments = [] } };
}
