using Kooperationsraum.Grains.Interfaces.Board;

namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A comment was added to a task.</summary>
public sealed record TaskCommented(string WorkspaceId, long Version, ChangeStamp By, string TaskId, TaskComment Comment)
    : WorkspaceEvent(WorkspaceId, Version, By);
