using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Board;

public sealed class TaskMoveTests
{
    [Fact]
    public void MovingATaskWithinItsColumnPutsItAtTheGivenPosition()
    {
        var scenario = Created();
        var first = scenario.AddTask("Offen", "A");
        scenario.AddTask("Offen", "B");
        scenario.AddTask("Offen", "C");

        var moved = scenario.Workspace.MoveTask(Ben, first.Id, scenario.ColumnId("Offen"), 2);

        moved.Index.Should().Be(2);
        moved.FromColumnId.Should().Be(scenario.ColumnId("Offen"));
        moved.ToColumnId.Should().Be(scenario.ColumnId("Offen"));
        scenario.TitlesIn("Offen").Should().Equal("B", "C", "A");
    }

    [Fact]
    public void MovingATaskToAnotherColumnInsertsItAtTheGivenPosition()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Neu");
        scenario.AddTask("In Arbeit", "X");
        scenario.AddTask("In Arbeit", "Y");

        var moved = scenario.Workspace.MoveTask(Ben, task.Id, scenario.ColumnId("In Arbeit"), 1);

        moved.FromColumnId.Should().Be(scenario.ColumnId("Offen"));
        moved.Index.Should().Be(1);
        scenario.TitlesIn("Offen").Should().BeEmpty();
        scenario.TitlesIn("In Arbeit").Should().Equal("X", "Neu", "Y");
        scenario.Task(task.Id).ColumnId.Should().Be(scenario.ColumnId("In Arbeit"));
    }

    [Fact]
    public void APositionPastTheEndPutsTheTaskLastAndTheEventTellsWhereItLanded()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Neu");
        scenario.AddTask("Erledigt", "Fertig");

        var moved = scenario.Workspace.MoveTask(Ben, task.Id, scenario.ColumnId("Erledigt"), 7);

        moved.Index.Should().Be(1);
        scenario.TitlesIn("Erledigt").Should().Equal("Fertig", "Neu");
    }

    [Fact]
    public void APositionPastTheEndOfItsOwnColumnPutsTheTaskLast()
    {
        var scenario = Created();
        var first = scenario.AddTask("Offen", "A");
        scenario.AddTask("Offen", "B");

        var moved = scenario.Workspace.MoveTask(Ben, first.Id, scenario.ColumnId("Offen"), 2);

        moved.Index.Should().Be(1);
        scenario.TitlesIn("Offen").Should().Equal("B", "A");
    }

    [Fact]
    public void ANegativePositionIsRefusedWithInvalidPosition()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Neu");

        var refused = scenario.Attempt(() => scenario.Workspace.MoveTask(Ben, task.Id, scenario.ColumnId("In Arbeit"), -1));

        refused.Error.Should().Be(WorkspaceError.InvalidPosition);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void MovingATaskIntoAColumnAtItsWipLimitIsRefusedWithTheReason()
    {
        var scenario = Created();
        scenario.Workspace.SetColumnWipLimit(Anna, scenario.ColumnId("In Arbeit"), 2);
        scenario.AddTask("In Arbeit", "X");
        scenario.AddTask("In Arbeit", "Y");
        var task = scenario.AddTask("Offen", "Neu");

        var refused = scenario.Attempt(() => scenario.Workspace.MoveTask(Ben, task.Id, scenario.ColumnId("In Arbeit"), 0));

        refused.Error.Should().Be(WorkspaceError.WipLimitReached);
        refused.Arguments.Should().Equal("In Arbeit", "2");
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void MovingATaskIntoAColumnBelowItsWipLimitIsAllowed()
    {
        var scenario = Created();
        scenario.Workspace.SetColumnWipLimit(Anna, scenario.ColumnId("In Arbeit"), 2);
        scenario.AddTask("In Arbeit", "X");
        var task = scenario.AddTask("Offen", "Neu");

        scenario.Workspace.MoveTask(Ben, task.Id, scenario.ColumnId("In Arbeit"), 0);

        scenario.TitlesIn("In Arbeit").Should().Equal("Neu", "X");
    }

    [Fact]
    public void CreatingATaskInAColumnAtItsWipLimitIsRefusedWithTheReason()
    {
        var scenario = Created();
        scenario.Workspace.SetColumnWipLimit(Anna, scenario.ColumnId("In Prüfung"), 1);
        scenario.AddTask("In Prüfung", "X");

        var refused = scenario.Attempt(() => scenario.Workspace.CreateTask(Ben, scenario.ColumnId("In Prüfung"), TaskDraft.Titled("Noch eine")));

        refused.Error.Should().Be(WorkspaceError.WipLimitReached);
        refused.Arguments.Should().Equal("In Prüfung", "1");
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void ReorderingWithinAColumnAtItsWipLimitIsAllowed()
    {
        var scenario = Created();
        scenario.Workspace.SetColumnWipLimit(Anna, scenario.ColumnId("In Arbeit"), 2);
        scenario.AddTask("In Arbeit", "X");
        var second = scenario.AddTask("In Arbeit", "Y");

        scenario.Workspace.MoveTask(Ben, second.Id, scenario.ColumnId("In Arbeit"), 0);

        scenario.TitlesIn("In Arbeit").Should().Equal("Y", "X");
    }

    [Fact]
    public void AColumnWhoseLimitWasLoweredBelowItsTasksKeepsThemButTakesNoNewOne()
    {
        var scenario = Created();
        scenario.AddTask("In Arbeit", "X");
        scenario.AddTask("In Arbeit", "Y");
        var task = scenario.AddTask("Offen", "Neu");

        scenario.Workspace.SetColumnWipLimit(Anna, scenario.ColumnId("In Arbeit"), 1);
        var refused = scenario.Attempt(() => scenario.Workspace.MoveTask(Ben, task.Id, scenario.ColumnId("In Arbeit"), 0));

        scenario.TitlesIn("In Arbeit").Should().Equal("X", "Y");
        refused.Error.Should().Be(WorkspaceError.WipLimitReached);
    }

    [Fact]
    public void AMoveLeavesRevisionAndChangeStampSoAnOpenEditStaysValid()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Neu");
        scenario.Clock.Advance(TimeSpan.FromMinutes(1));
        scenario.Workspace.MoveTask(Ben, task.Id, scenario.ColumnId("In Arbeit"), 0);

        var edited = scenario.Workspace.UpdateTask(Dora, task.Id, task.Revision, TaskDraft.Titled("Bearbeitet")).Task;

        edited.Revision.Should().Be(2);
        edited.ColumnId.Should().Be(scenario.ColumnId("In Arbeit"));
    }

    [Fact]
    public void MovingATaskIntoAnUnknownColumnIsRefusedWithUnknownColumn()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Neu");

        var refused = scenario.Attempt(() => scenario.Workspace.MoveTask(Ben, task.Id, "nope", 0));

        refused.Error.Should().Be(WorkspaceError.UnknownColumn);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void MovingAnUnknownTaskIsRefusedWithUnknownTask()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.MoveTask(Ben, "nope", scenario.ColumnId("Offen"), 0));

        refused.Error.Should().Be(WorkspaceError.UnknownTask);
        refused.StateChanged.Should().BeFalse();
    }
}
