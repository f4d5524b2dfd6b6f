using Kooperationsraum.Grains.Interfaces.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Board;

public sealed class ColumnTests
{
    [Fact]
    public void AddingAColumnPutsItAtTheEndWithItsNameTrimmed()
    {
        var scenario = Created();

        var added = scenario.Workspace.AddColumn(Anna, "  Zurückgestellt ", 5);

        added.Index.Should().Be(4);
        added.Column.Name.Should().Be("Zurückgestellt");
        added.Column.WipLimit.Should().Be(5);
        scenario.Snapshot().Columns.Last().Should().BeEquivalentTo(added.Column);
    }

    [Fact]
    public void AColumnNameOf60CharactersIsAccepted()
    {
        var scenario = Created();

        var added = scenario.Workspace.AddColumn(Anna, new string('c', 60), null);

        added.Column.Name.Should().HaveLength(60);
    }

    [Fact]
    public void AColumnNameOf61CharactersIsRefusedWithColumnNameTooLong()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.AddColumn(Anna, new string('c', 61), null));

        refused.Error.Should().Be(WorkspaceError.ColumnNameTooLong);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void ABlankColumnNameIsRefusedWithColumnNameRequired()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.AddColumn(Anna, "   ", null));

        refused.Error.Should().Be(WorkspaceError.ColumnNameRequired);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void TheTwentiethColumnIsAcceptedAndTheTwentyFirstRefusedWithTooManyColumns()
    {
        var scenario = Created();
        for (var i = scenario.Snapshot().Columns.Count; i < WorkspaceLimits.MaxColumns - 1; i++)
        {
            scenario.Workspace.AddColumn(Anna, $"Spalte {i}", null);
        }

        scenario.Workspace.AddColumn(Anna, "Spalte 20", null);
        var refused = scenario.Attempt(() => scenario.Workspace.AddColumn(Anna, "Spalte 21", null));

        scenario.Snapshot().Columns.Should().HaveCount(20);
        refused.Error.Should().Be(WorkspaceError.TooManyColumns);
        refused.StateChanged.Should().BeFalse();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(999)]
    [InlineData(null)]
    public void AWipLimitFromOneTo999OrNoneIsAccepted(int? wipLimit)
    {
        var scenario = Created();

        var changed = scenario.Workspace.SetColumnWipLimit(Anna, scenario.ColumnId("In Arbeit"), wipLimit);

        changed.WipLimit.Should().Be(wipLimit);
        scenario.Column("In Arbeit").WipLimit.Should().Be(wipLimit);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1000)]
    public void AWipLimitOutsideOneTo999IsRefusedWithInvalidWipLimit(int wipLimit)
    {
        var scenario = Created();

        var refusedSet = scenario.Attempt(() => scenario.Workspace.SetColumnWipLimit(Anna, scenario.ColumnId("In Arbeit"), wipLimit));
        var refusedAdd = scenario.Attempt(() => scenario.Workspace.AddColumn(Anna, "Neu", wipLimit));

        refusedSet.Error.Should().Be(WorkspaceError.InvalidWipLimit);
        refusedAdd.Error.Should().Be(WorkspaceError.InvalidWipLimit);
        refusedSet.StateChanged.Should().BeFalse();
        refusedAdd.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void RenamingAColumnStoresTheTrimmedName()
    {
        var scenario = Created();
        var columnId = scenario.ColumnId("Erledigt");

        var renamed = scenario.Workspace.RenameColumn(Anna, columnId, " Abgeschlossen ");

        renamed.ColumnId.Should().Be(columnId);
        renamed.Name.Should().Be("Abgeschlossen");
        scenario.Column("Abgeschlossen").Id.Should().Be(columnId);
    }

    [Fact]
    public void RenamingAnUnknownColumnIsRefusedWithUnknownColumn()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.RenameColumn(Anna, "nope", "Neu"));

        refused.Error.Should().Be(WorkspaceError.UnknownColumn);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void MovingAColumnPutsItAtTheGivenPosition()
    {
        var scenario = Created();

        var moved = scenario.Workspace.MoveColumn(Anna, scenario.ColumnId("Erledigt"), 1);

        moved.Index.Should().Be(1);
        scenario.Snapshot().Columns.Select(column => column.Name).Should().Equal("Offen", "Erledigt", "In Arbeit", "In Prüfung");
    }

    [Fact]
    public void MovingAColumnPastTheEndPutsItLast()
    {
        var scenario = Created();

        var moved = scenario.Workspace.MoveColumn(Anna, scenario.ColumnId("Offen"), 99);

        moved.Index.Should().Be(3);
        scenario.Snapshot().Columns.Select(column => column.Name).Should().Equal("In Arbeit", "In Prüfung", "Erledigt", "Offen");
    }

    [Fact]
    public void MovingAColumnToANegativePositionIsRefusedWithInvalidPosition()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.MoveColumn(Anna, scenario.ColumnId("Offen"), -1));

        refused.Error.Should().Be(WorkspaceError.InvalidPosition);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void RemovingAnEmptyColumnRemovesIt()
    {
        var scenario = Created();
        var columnId = scenario.ColumnId("In Prüfung");

        var removed = scenario.Workspace.RemoveColumn(Anna, columnId);

        removed.ColumnId.Should().Be(columnId);
        scenario.Snapshot().Columns.Select(column => column.Name).Should().Equal("Offen", "In Arbeit", "Erledigt");
    }

    [Fact]
    public void RemovingAColumnThatHoldsTasksIsRefusedWithColumnNotEmpty()
    {
        var scenario = Created();
        scenario.AddTask("In Prüfung", "Datenschutz prüfen");

        var refused = scenario.Attempt(() => scenario.Workspace.RemoveColumn(Anna, scenario.ColumnId("In Prüfung")));

        refused.Error.Should().Be(WorkspaceError.ColumnNotEmpty);
        refused.Arguments.Should().Equal("In Prüfung", "1");
        refused.StateChanged.Should().BeFalse();
    }
}
