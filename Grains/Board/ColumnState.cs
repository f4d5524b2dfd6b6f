using Kooperationsraum.Grains.Interfaces.Board;

namespace Kooperationsraum.Grains.Board;

/// <summary>A board column as stored, with its tasks in board order.</summary>
public sealed class ColumnState
{
    public required string Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public int? WipLimit { get; set; }

    public List<TaskState> Tasks { get; set; } = [];

    /// <summary>A copy whose task list can change without touching this one; the immutable tasks are shared.</summary>
    public ColumnState Clone() => new() { Id = Id, Name = Name, WipLimit = WipLimit, Tasks = [.. Tasks] };

    public BoardColumn ToContract() => new(Id, Name, WipLimit, [.. Tasks.Select(task => task.ToContract(Id))]);
}
