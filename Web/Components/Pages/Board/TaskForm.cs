using Kooperationsraum.Grains.Interfaces.Board;

namespace Kooperationsraum.Web.Components.Pages.Board;

/// <summary>The task dialog's editable copy of a task; submitted as a <see cref="TaskDraft"/>.</summary>
public sealed class TaskForm
{
    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public IEnumerable<string> AssigneeIds { get; set; } = [];

    public DateTime? DueDate { get; set; }

    public string Labels { get; set; } = string.Empty;

    public List<ChecklistLine> Checklist { get; set; } = [];

    public static TaskForm From(BoardTask task) => new()
    {
        Title = task.Title,
        Description = task.Description,
        AssigneeIds = task.AssigneeIds.ToList(),
        DueDate = task.DueDate?.ToDateTime(TimeOnly.MinValue),
        Labels = string.Join(", ", task.Labels),
        Checklist = task.Checklist.Select(item => new ChecklistLine { Text = item.Text, Done = item.Done }).ToList(),
    };

    public TaskDraft ToDraft() => new(
        Title.Trim(),
        Description,
        AssigneeIds.ToList(),
        DueDate is { } due ? DateOnly.FromDateTime(due) : null,
        Labels.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Checklist.Where(line => !string.IsNullOrWhiteSpace(line.Text))
            .Select(line => new ChecklistItem(line.Text.Trim(), line.Done)).ToList());
}
