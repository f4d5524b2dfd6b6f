namespace Kooperationsraum.Grains.Interfaces.Board;

/// <summary>The editable fields of a task, as a dialog submits them.</summary>
public sealed record TaskDraft(
    string Title,
    string Description,
    IReadOnlyList<string> AssigneeIds,
    DateOnly? DueDate,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ChecklistItem> Checklist)
{
    /// <summary>A draft with only a title.</summary>
    public static TaskDraft Titled(string title) => new(title, string.Empty, [], null, [], []);
}
