using System.Globalization;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Workspaces;

namespace Kooperationsraum.Grains.Board;

/// <summary>
/// The rules of a workspace's board, over its stored columns. Every method checks everything before it changes
/// anything, so a refused command leaves the board as it was. Rights are the caller's business.
/// </summary>
/// <remarks>
/// A position is counted from 0 and names where the column or task stands after the command. A position past the
/// end is taken as the end, because a client whose board is one change behind (someone else just removed a task)
/// means "last" and should not be refused for it; a negative position, which no stale view produces, is refused
/// with <see cref="WorkspaceError.InvalidPosition"/>. The same holds for columns and tasks.
/// </remarks>
public sealed class TaskBoard(List<ColumnState> columns, Func<string, bool> isMember)
{
    /// <summary>The columns of a new board; the stored names are German, the product's default language.</summary>
    public static readonly IReadOnlyList<string> DefaultColumnNames = ["Offen", "In Arbeit", "In Prüfung", "Erledigt"];

    public IReadOnlyList<ColumnState> Columns => columns;

    public void AddDefaultColumns()
    {
        foreach (var name in DefaultColumnNames)
        {
            columns.Add(new ColumnState { Id = ShortId.New(), Name = name });
        }
    }

    public (ColumnState Column, int Index) AddColumn(string? name, int? wipLimit)
    {
        if (columns.Count >= WorkspaceLimits.MaxColumns)
        {
            throw Refusal.Because(WorkspaceError.TooManyColumns, $"A board has at most {WorkspaceLimits.MaxColumns} columns.", Invariant(WorkspaceLimits.MaxColumns));
        }

        var column = new ColumnState { Id = ShortId.New(), Name = ColumnName(name), WipLimit = ValidWipLimit(wipLimit) };
        columns.Add(column);
        return (column, columns.Count - 1);
    }

    /// <returns>The name as stored, trimmed.</returns>
    public string RenameColumn(string columnId, string? name)
    {
        var column = RequireColumn(columnId);
        column.Name = ColumnName(name);
        return column.Name;
    }

    /// <summary>
    /// Sets or clears a WIP limit. A limit below the number of tasks the column holds is accepted: the column then
    /// takes no new task until enough have left, which is how a team lowers its limit gradually.
    /// </summary>
    public void SetWipLimit(string columnId, int? wipLimit)
    {
        var column = RequireColumn(columnId);
        column.WipLimit = ValidWipLimit(wipLimit);
    }

    /// <returns>The position the column stands at now.</returns>
    public int MoveColumn(string columnId, int index)
    {
        var column = RequireColumn(columnId);
        var target = Position(index, columns.Count - 1);
        columns.Remove(column);
        columns.Insert(target, column);
        return target;
    }

    public void RemoveColumn(string columnId)
    {
        var column = RequireColumn(columnId);
        if (column.Tasks.Count > 0)
        {
            throw Refusal.Because(
                WorkspaceError.ColumnNotEmpty,
                $"Column '{column.Name}' still holds {column.Tasks.Count} tasks.",
                column.Name,
                Invariant(column.Tasks.Count));
        }

        columns.Remove(column);
    }

    /// <summary>Creates a task at the end of a column, at revision 1.</summary>
    public (TaskState Task, int Index) CreateTask(string columnId, TaskDraft draft, ChangeStamp stamp)
    {
        var column = RequireColumn(columnId);
        var valid = TaskDraftRules.Validate(draft, isMember);
        if (columns.Sum(each => each.Tasks.Count) >= WorkspaceLimits.MaxTasks)
        {
            throw Refusal.Because(WorkspaceError.TooManyTasks, $"A board holds at most {WorkspaceLimits.MaxTasks} tasks.", Invariant(WorkspaceLimits.MaxTasks));
        }

        RequireRoomIn(column);
        var task = new TaskState { Id = ShortId.New(), Revision = 1, Created = stamp, Changed = stamp };
        task = WithFields(task, valid);
        column.Tasks.Add(task);
        return (task, column.Tasks.Count - 1);
    }

    /// <summary>
    /// Replaces a task's fields and raises its revision. Refused with <see cref="WorkspaceError.StaleTask"/> when the
    /// task is no longer at <paramref name="expectedRevision"/>, so that nobody overwrites an edit they have not seen.
    /// </summary>
    public (ColumnState Column, TaskState Task) UpdateTask(string taskId, int expectedRevision, TaskDraft draft, ChangeStamp stamp)
    {
        var (column, index) = LocateTask(taskId);
        var task = column.Tasks[index];
        if (task.Revision != expectedRevision)
        {
            throw Refusal.Because(
                WorkspaceError.StaleTask,
                $"Task {taskId} is at revision {task.Revision}, not {expectedRevision}.",
                Invariant(task.Revision));
        }

        var valid = TaskDraftRules.Validate(draft, isMember);
        var edited = WithFields(task, valid) with { Revision = task.Revision + 1, Changed = stamp };
        column.Tasks[index] = edited;
        return (column, edited);
    }

    /// <summary>
    /// Moves a task within its column or into another. Only a move into another column counts against that column's
    /// WIP limit: reordering a full column leaves its count unchanged. A move changes neither the revision nor the
    /// task's change stamp, so that dragging a card never turns someone's open edit stale.
    /// </summary>
    /// <returns>The column the task came from and the position it stands at now.</returns>
    public (string FromColumnId, int Index) MoveTask(string taskId, string columnId, int index)
    {
        var (from, position) = LocateTask(taskId);
        var to = RequireColumn(columnId);
        if (index < 0)
        {
            throw NegativePosition(index);
        }

        if (!ReferenceEquals(from, to))
        {
            RequireRoomIn(to);
        }

        var task = from.Tasks[position];
        from.Tasks.RemoveAt(position);
        var target = Math.Min(index, to.Tasks.Count);
        to.Tasks.Insert(target, task);
        return (from.Id, target);
    }

    /// <returns>The column the task was in.</returns>
    public string DeleteTask(string taskId)
    {
        var (column, index) = LocateTask(taskId);
        column.Tasks.RemoveAt(index);
        return column.Id;
    }

    /// <summary>Adds a comment; like a move, it leaves the task's revision alone, since comments are not part of a draft.</summary>
    public CommentState AddComment(string taskId, string? text, ChangeStamp stamp)
    {
        var (column, index) = LocateTask(taskId);
        var comment = new CommentState
        {
            Id = ShortId.New(),
            Text = TextRules.Required(text, WorkspaceLimits.CommentMaxLength, WorkspaceError.CommentRequired, WorkspaceError.CommentTooLong),
            By = stamp,
        };
        var task = column.Tasks[index];
        column.Tasks[index] = task with { Comments = [.. task.Comments, comment] };
        return comment;
    }

    /// <summary>
    /// Takes a person off every task. The revisions stay, as the <c>MemberLeft</c> event already tells every client
    /// what changed; an open edit that still names the person is refused with <see cref="WorkspaceError.UnknownAssignee"/>.
    /// </summary>
    public void Unassign(string personId)
    {
        foreach (var column in columns)
        {
            for (var i = 0; i < column.Tasks.Count; i++)
            {
                var task = column.Tasks[i];
                if (task.AssigneeIds.Contains(personId, StringComparer.Ordinal))
                {
                    column.Tasks[i] = task with { AssigneeIds = [.. task.AssigneeIds.Where(id => id != personId)] };
                }
            }
        }
    }

    private static TaskState WithFields(TaskState task, TaskDraft draft) =>
        task with
        {
            Title = draft.Title,
            Description = draft.Description,
            AssigneeIds = draft.AssigneeIds,
            DueDate = draft.DueDate,
            Labels = draft.Labels,
            Checklist = [.. draft.Checklist.Select(item => new ChecklistItemState { Text = item.Text, Done = item.Done })],
        };

    private ColumnState RequireColumn(string? columnId) =>
        columns.Find(column => column.Id == columnId)
        ?? throw Refusal.Because(WorkspaceError.UnknownColumn, $"There is no column {columnId}.", columnId ?? string.Empty);

    private (ColumnState Column, int Index) LocateTask(string? taskId)
    {
        foreach (var column in columns)
        {
            var index = column.Tasks.FindIndex(task => task.Id == taskId);
            if (index >= 0)
            {
                return (column, index);
            }
        }

        throw Refusal.Because(WorkspaceError.UnknownTask, $"There is no task {taskId}.", taskId ?? string.Empty);
    }

    private static void RequireRoomIn(ColumnState column)
    {
        if (column.WipLimit is { } limit && column.Tasks.Count >= limit)
        {
            throw Refusal.Because(
                WorkspaceError.WipLimitReached,
                $"Column '{column.Name}' has reached its WIP limit of {limit}.",
                column.Name,
                Invariant(limit));
        }
    }

    private static int Position(int index, int last) => index < 0 ? throw NegativePosition(index) : Math.Min(index, last);

    private static WorkspaceRuleException NegativePosition(int index) =>
        Refusal.Because(WorkspaceError.InvalidPosition, $"Position {index} is before the start.", Invariant(index));

    private static string ColumnName(string? name) =>
        TextRules.Required(name, WorkspaceLimits.ColumnNameMaxLength, WorkspaceError.ColumnNameRequired, WorkspaceError.ColumnNameTooLong);

    private static int? ValidWipLimit(int? wipLimit)
    {
        if (wipLimit is < 1 or > WorkspaceLimits.MaxWipLimit)
        {
            throw Refusal.Because(
                WorkspaceError.InvalidWipLimit,
                $"A WIP limit lies between 1 and {WorkspaceLimits.MaxWipLimit}, or is none.",
                Invariant(WorkspaceLimits.MaxWipLimit));
        }

        return wipLimit;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
