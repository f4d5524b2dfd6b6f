namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A task was moved within or between columns.</summary>
public sealed record TaskMoved(string WorkspaceId, long Version, ChangeStamp By, string TaskId, string FromColumnId, string ToColumnId, int Index)
    : WorkspaceEvent(WorkspaceId, Version, By);
