using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Board;

/// <summary>
/// A task as stored. Immutable: a change replaces the record, so that a copy of the board shares unchanged
/// tasks instead of copying them. The column a task is in is where it is stored, not a field of its own.
/// </summary>
public sealed record TaskState
{
    public required string Id { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public IReadOnlyList<string> AssigneeIds { get; init; } = [];

    public DateOnly? DueDate { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    public IReadOnlyList<ChecklistItemState> Checklist { get; init; } = [];

    public IReadOnlyList<CommentState> Comments { get; init; } = [];

    public int Revision { get; init; }

    public required ChangeStamp Created { get; init; }

    public required ChangeStamp Changed { get; init; }

    public BoardTask ToContract(string columnId) =>
        new(
            Id,
            columnId,
            Title,
            Description,
            AssigneeIds,
            DueDate,
            Labels,
            [.. Checklist.Select(item => item.ToContract())],
            [.. Comments.Select(comment => comment.ToContract())],
            Revision,
            Created,
            Changed);
}
