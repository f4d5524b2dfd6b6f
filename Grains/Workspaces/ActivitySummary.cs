using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// The form in which a workspace keeps an event as activity. The activity says what happened; the board holds the
/// task itself. A task's description (up to 20,000 characters) and its comments therefore stay out of the kept copy,
/// since every write of the workspace rewrites all of its retained events.
/// </summary>
public static class ActivitySummary
{
    /// <summary>The event as the activity keeps it; events that carry no task are kept as they are.</summary>
    public static WorkspaceEvent Of(WorkspaceEvent workspaceEvent) =>
        workspaceEvent switch
        {
            TaskCreated created => created with { Task = Summarised(created.Task) },
            TaskEdited edited => edited with { Task = Summarised(edited.Task) },
            _ => workspaceEvent,
        };

    private static BoardTask Summarised(BoardTask task) => task with { Description = string.Empty, Comments = [] };
}
