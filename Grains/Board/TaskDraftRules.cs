using System.Globalization;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Workspaces;

namespace Kooperationsraum.Grains.Board;

/// <summary>
/// Validates a task draft and returns it cleaned: title trimmed; labels trimmed, blank ones dropped and
/// duplicates (ignoring case) removed; blank checklist lines dropped; assignees distinct. Limits are checked on
/// the cleaned draft, so a duplicate label does not count twice.
/// </summary>
public static class TaskDraftRules
{
    public static TaskDraft Validate(TaskDraft draft, Func<string, bool> isMember)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new TaskDraft(
            TextRules.Required(draft.Title, WorkspaceLimits.TitleMaxLength, WorkspaceError.TitleRequired, WorkspaceError.TitleTooLong),
            TextRules.Bounded(draft.Description, WorkspaceLimits.DescriptionMaxLength, WorkspaceError.DescriptionTooLong),
            Assignees(draft.AssigneeIds, isMember),
            draft.DueDate,
            Labels(draft.Labels),
            Checklist(draft.Checklist));
    }

    private static string[] Assignees(IReadOnlyList<string>? assigneeIds, Func<string, bool> isMember)
    {
        var cleaned = Cleaned(assigneeIds, StringComparer.Ordinal);
        RequireAtMost(cleaned.Length, WorkspaceLimits.MaxAssignees, WorkspaceError.TooManyAssignees, "assignees");
        var stranger = cleaned.FirstOrDefault(id => !isMember(id));
        if (stranger is not null)
        {
            throw Refusal.Because(WorkspaceError.UnknownAssignee, $"{stranger} is not a member of this workspace.", stranger);
        }

        return cleaned;
    }

    private static string[] Labels(IReadOnlyList<string>? labels)
    {
        var cleaned = Cleaned(labels, StringComparer.OrdinalIgnoreCase);
        RequireAtMost(cleaned.Length, WorkspaceLimits.MaxLabels, WorkspaceError.TooManyLabels, "labels");
        var tooLong = cleaned.FirstOrDefault(label => label.Length > WorkspaceLimits.LabelMaxLength);
        if (tooLong is not null)
        {
            throw Refusal.Because(
                WorkspaceError.LabelTooLong,
                $"A label has at most {WorkspaceLimits.LabelMaxLength} characters.",
                WorkspaceLimits.LabelMaxLength.ToString(CultureInfo.InvariantCulture));
        }

        return cleaned;
    }

    private static ChecklistItem[] Checklist(IReadOnlyList<ChecklistItem>? checklist)
    {
        var cleaned = (checklist ?? [])
            .Where(item => !string.IsNullOrWhiteSpace(item?.Text))
            .Select(item => item with { Text = item.Text.Trim() })
            .ToArray();
        RequireAtMost(cleaned.Length, WorkspaceLimits.MaxChecklistItems, WorkspaceError.TooManyChecklistItems, "checklist items");
        if (cleaned.Any(item => item.Text.Length > WorkspaceLimits.ChecklistItemMaxLength))
        {
            throw Refusal.Because(
                WorkspaceError.ChecklistItemTooLong,
                $"A checklist item has at most {WorkspaceLimits.ChecklistItemMaxLength} characters.",
                WorkspaceLimits.ChecklistItemMaxLength.ToString(CultureInfo.InvariantCulture));
        }

        return cleaned;
    }

    private static string[] Cleaned(IReadOnlyList<string>? values, StringComparer comparer) =>
        [.. (values ?? []).Select(value => value?.Trim()).OfType<string>().Where(value => value.Length > 0).Distinct(comparer)];

    private static void RequireAtMost(int count, int limit, WorkspaceError error, string what)
    {
        if (count > limit)
        {
            throw Refusal.Because(error, $"At most {limit} {what} are allowed; {count} were given.", limit.ToString(CultureInfo.InvariantCulture));
        }
    }
}
