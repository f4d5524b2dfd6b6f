using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// The form in which a workspace keeps an event as activity. The activity says what happened; the board and the
/// details hold the content itself. Long texts (a task's description, checklist and comments, a comment's text, a
/// workspace's goals) therefore stay out of the kept copy, since every write of the workspace rewrites all of its
/// retained events.
/// </summary>
public static class ActivitySummary
{
    /// <summary>The event as the activity keeps it; events without long texts are kept as they are.</summary>
    public static WorkspaceEvent Of(WorkspaceEvent workspaceEvent) =>
        workspaceEvent switch
        {
            TaskCreated created => created with { Task = Summarised(created.Task) },
            TaskEdited edited => edited with { Task = Summarised(edited.Task) },
            TaskCommented commented => commented with { Comment = commented.Comment with { Text = string.Empty } },
            WorkspaceCreated created => created with { Details = created.Details with { Goals = string.Empty } },
            WorkspaceDetailsChanged changed => changed with { Details = changed.Details with { Goals = string.Empty } },
            _ => workspaceEvent,
        };

    private static BoardTask Summarised(BoardTask task) =>
        task with { Description = string.Empty, Checklist = [], Comments = [] };
}
