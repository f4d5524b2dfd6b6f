using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Board;

public sealed class TaskTests
{
    [Fact]
    public void CreatingATaskPutsItAtTheEndOfItsColumnAtRevisionOne()
    {
        var scenario = Created();
        scenario.AddTask("Offen", "Erste");

        var created = scenario.Workspace.CreateTask(Ben, scenario.ColumnId("Offen"), TaskDraft.Titled("Zweite"));

        created.Index.Should().Be(1);
        created.Task.Revision.Should().Be(1);
        created.Task.ColumnId.Should().Be(scenario.ColumnId("Offen"));
        scenario.TitlesIn("Offen").Should().Equal("Erste", "Zweite");
    }

    [Fact]
    public void ANewTaskIsStampedWithItsCreatorAndTheTime()
    {
        var scenario = Created();
        scenario.Clock.Advance(TimeSpan.FromMinutes(5));

        var task = scenario.Workspace.CreateTask(Ben, scenario.ColumnId("Offen"), TaskDraft.Titled("Neu")).Task;

        var stamp = new ChangeStamp("ben", "Ben Weber", Start.AddMinutes(5));
        task.Created.Should().Be(stamp);
        task.Changed.Should().Be(stamp);
    }

    [Fact]
    public void ATaskKeepsEveryFieldOfItsDraft()
    {
        var scenario = Created();
        var draft = new TaskDraft(
            "Anwohnerparken online",
            "## Ziel\n\n  Antrag *vollständig* online.",
            ["ben", "gina"],
            new DateOnly(2025, 6, 30),
            ["OZG", "Online-Dienst"],
            [new ChecklistItem("Prozess aufnehmen", true), new ChecklistItem("Formular bauen", false)]);

        var task = scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), draft).Task;

        task.Should().BeEquivalentTo(draft);
        scenario.Task(task.Id).Should().BeEquivalentTo(task);
    }

    [Fact]
    public void CreatingATaskInAnUnknownColumnIsRefusedWithUnknownColumn()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.CreateTask(Anna, "nope", TaskDraft.Titled("Neu")));

        refused.Error.Should().Be(WorkspaceError.UnknownColumn);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void ATaskTitleIsStoredTrimmed()
    {
        var scenario = Created();

        var task = scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), TaskDraft.Titled("  Neu \n")).Task;

        task.Title.Should().Be("Neu");
    }

    [Fact]
    public void ATaskTitleOf200CharactersIsAccepted()
    {
        var scenario = Created();

        var task = scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), TaskDraft.Titled(new string('t', 200))).Task;

        task.Title.Should().HaveLength(200);
    }

    [Fact]
    public void ATaskTitleOf201CharactersIsRefusedWithTitleTooLong()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), TaskDraft.Titled(new string('t', 201))));

        refused.Error.Should().Be(WorkspaceError.TitleTooLong);
        refused.Arguments.Should().Equal("200");
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void ABlankTaskTitleIsRefusedWithTitleRequired()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), TaskDraft.Titled("  ")));

        refused.Error.Should().Be(WorkspaceError.TitleRequired);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void ADescriptionOf20000CharactersIsAccepted()
    {
        var scenario = Created();

        var task = scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { Description = new string('d', 20_000) }).Task;

        task.Description.Should().HaveLength(20_000);
    }

    [Fact]
    public void ADescriptionOf20001CharactersIsRefusedWithDescriptionTooLong()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { Description = new string('d', 20_001) }));

        refused.Error.Should().Be(WorkspaceError.DescriptionTooLong);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void TwentyLabelsAreAccepted()
    {
        var scenario = Created();

        var task = scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { Labels = Labels(20) }).Task;

        task.Labels.Should().HaveCount(20);
    }

    [Fact]
    public void TwentyOneLabelsAreRefusedWithTooManyLabels()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { Labels = Labels(21) }));

        refused.Error.Should().Be(WorkspaceError.TooManyLabels);
        refused.Arguments.Should().Equal("20");
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void LabelsAreTrimmedAndDuplicatesIgnoringCaseAndBlanksAreDropped()
    {
        var scenario = Created();

        var task = scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { Labels = [" OZG ", "ozg", "", "  ", "Schnittstelle"] }).Task;

        task.Labels.Should().Equal("OZG", "Schnittstelle");
    }

    [Fact]
    public void DuplicateLabelsDoNotCountAgainstTheLimit()
    {
        var scenario = Created();

        var task = scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { Labels = [.. Labels(20), "label-0"] }).Task;

        task.Labels.Should().HaveCount(20);
    }

    [Fact]
    public void ALabelOf40CharactersIsAccepted()
    {
        var scenario = Created();

        var task = scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { Labels = [new string('l', 40)] }).Task;

        task.Labels.Single().Should().HaveLength(40);
    }

    [Fact]
    public void ALabelOf41CharactersIsRefusedWithLabelTooLong()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { Labels = [new string('l', 41)] }));

        refused.Error.Should().Be(WorkspaceError.LabelTooLong);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void AHundredChecklistItemsAreAccepted()
    {
        var scenario = Created();

        var task = scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { Checklist = Checklist(100) }).Task;

        task.Checklist.Should().HaveCount(100);
    }

    [Fact]
    public void AHundredAndOneChecklistItemsAreRefusedWithTooManyChecklistItems()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { Checklist = Checklist(101) }));

        refused.Error.Should().Be(WorkspaceError.TooManyChecklistItems);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void AChecklistItemOf500CharactersIsAccepted()
    {
        var scenario = Created();

        var task = scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { Checklist = [new(new string('c', 500), false)] }).Task;

        task.Checklist.Single().Text.Should().HaveLength(500);
    }

    [Fact]
    public void AChecklistItemOf501CharactersIsRefusedWithChecklistItemTooLong()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { Checklist = [new(new string('c', 501), false)] }));

        refused.Error.Should().Be(WorkspaceError.ChecklistItemTooLong);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void BlankChecklistLinesAreDroppedAndTheOthersTrimmed()
    {
        var scenario = Created();

        var task = scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { Checklist = [new(" Eins ", true), new("  ", false)] }).Task;

        task.Checklist.Should().Equal(new ChecklistItem("Eins", true));
    }

    [Fact]
    public void AssigningSomeoneWhoIsNoMemberIsRefusedWithUnknownAssigneeNamingThem()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { AssigneeIds = ["ben", "otto"] }));

        refused.Error.Should().Be(WorkspaceError.UnknownAssignee);
        refused.Arguments.Should().Equal("otto");
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void FiftyAssigneesAreAcceptedAndFiftyOneRefusedWithTooManyAssignees()
    {
        var scenario = Created();
        var people = Enumerable.Range(0, 51).Select(i => $"person-{i}").ToList();
        people.ForEach(id => scenario.Workspace.AddMember(Anna, id, id, "stadt-nuernberg", WorkspaceRole.Member));

        var task = scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { AssigneeIds = people[..50] }).Task;
        var refused = scenario.Attempt(() => scenario.Workspace.CreateTask(Anna, scenario.ColumnId("Offen"), Titled() with { AssigneeIds = people }));

        task.AssigneeIds.Should().HaveCount(50);
        refused.Error.Should().Be(WorkspaceError.TooManyAssignees);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void TheFiveThousandthTaskIsAcceptedAndTheNextRefusedWithTooManyTasks()
    {
        var scenario = Created();
        var columns = scenario.Snapshot().Columns.Select(column => column.Id).ToList();
        for (var i = 0; i < WorkspaceLimits.MaxTasks - 1; i++)
        {
            scenario.Workspace.CreateTask(Ben, columns[i % columns.Count], TaskDraft.Titled($"Aufgabe {i}"));
        }

        scenario.Workspace.CreateTask(Ben, columns[0], TaskDraft.Titled("Aufgabe 5000"));
        var refused = scenario.Attempt(() => scenario.Workspace.CreateTask(Ben, columns[1], TaskDraft.Titled("Aufgabe 5001")));

        scenario.Snapshot().Columns.Sum(column => column.Tasks.Count).Should().Be(5000);
        refused.Error.Should().Be(WorkspaceError.TooManyTasks);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void EditingATaskAtItsCurrentRevisionReplacesItsFieldsAndRaisesTheRevision()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Alt");
        scenario.Clock.Advance(TimeSpan.FromHours(2));

        var edited = scenario.Workspace.UpdateTask(Ben, task.Id, 1, Titled("Neu") with { Labels = ["OZG"], AssigneeIds = ["dora"] }).Task;

        edited.Title.Should().Be("Neu");
        edited.Labels.Should().Equal("OZG");
        edited.AssigneeIds.Should().Equal("dora");
        edited.Revision.Should().Be(2);
        edited.Created.Should().Be(task.Created);
        edited.Changed.Should().Be(new ChangeStamp("ben", "Ben Weber", Start.AddHours(2)));
        scenario.Task(task.Id).Should().BeEquivalentTo(edited);
    }

    [Fact]
    public void EditingATaskKeepsItsComments()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Alt");
        var comment = scenario.Workspace.AddComment(Gina, task.Id, "Bitte mit Wolfsburg abstimmen.").Comment;

        var edited = scenario.Workspace.UpdateTask(Ben, task.Id, 1, Titled("Neu")).Task;

        edited.Comments.Should().Equal(comment);
    }

    [Fact]
    public void EditingATaskAtAnOlderRevisionIsRefusedWithStaleTask()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Alt");
        scenario.Workspace.UpdateTask(Ben, task.Id, 1, Titled("Bens Fassung"));

        var refused = scenario.Attempt(() => scenario.Workspace.UpdateTask(Dora, task.Id, 1, Titled("Doras Fassung")));

        refused.Error.Should().Be(WorkspaceError.StaleTask);
        refused.Arguments.Should().Equal("2");
        refused.StateChanged.Should().BeFalse();
        scenario.Task(task.Id).Title.Should().Be("Bens Fassung");
    }

    [Fact]
    public void EditingAnUnknownTaskIsRefusedWithUnknownTask()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.UpdateTask(Ben, "nope", 1, Titled("Neu")));

        refused.Error.Should().Be(WorkspaceError.UnknownTask);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void AnInvalidEditIsRefusedAndLeavesTheTaskAsItWas()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Alt");

        var refused = scenario.Attempt(() => scenario.Workspace.UpdateTask(Ben, task.Id, 1, Titled(new string('t', 201))));

        refused.Error.Should().Be(WorkspaceError.TitleTooLong);
        refused.StateChanged.Should().BeFalse();
        scenario.Task(task.Id).Should().BeEquivalentTo(task);
    }

    [Fact]
    public void DeletingATaskRemovesItFromItsColumn()
    {
        var scenario = Created();
        var task = scenario.AddTask("In Arbeit", "Weg damit");
        scenario.AddTask("In Arbeit", "Bleibt");

        var deleted = scenario.Workspace.DeleteTask(Ben, task.Id);

        deleted.TaskId.Should().Be(task.Id);
        deleted.ColumnId.Should().Be(scenario.ColumnId("In Arbeit"));
        scenario.TitlesIn("In Arbeit").Should().Equal("Bleibt");
    }

    [Fact]
    public void DeletingAnUnknownTaskIsRefusedWithUnknownTask()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.DeleteTask(Ben, "nope"));

        refused.Error.Should().Be(WorkspaceError.UnknownTask);
        refused.StateChanged.Should().BeFalse();
    }

    private static TaskDraft Titled(string title = "Aufgabe") => TaskDraft.Titled(title);

    private static string[] Labels(int count) => [.. Enumerable.Range(0, count).Select(i => $"label-{i}")];

    private static ChecklistItem[] Checklist(int count) => [.. Enumerable.Range(0, count).Select(i => new ChecklistItem($"Schritt {i}", false))];
}
