using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Interfaces.Board;

/// <summary>
/// A task on a board. <see cref="Revision"/> grows with every edit; an edit made on an older revision is
/// refused, so that nobody silently overwrites someone else's change.
/// </summary>
public sealed record BoardTask(
    string Id,
    string ColumnId,
    string Title,
    string Description,
    IReadOnlyList<string> AssigneeIds,
    DateOnly? DueDate,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ChecklistItem> Checklist,
    IReadOnlyList<TaskComment> Comments,
    int Revision,
    ChangeStamp Created,
    ChangeStamp Changed);
