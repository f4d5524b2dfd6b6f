namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A task was deleted.</summary>
public sealed record TaskDeleted(string WorkspaceId, long Version, ChangeStamp By, string TaskId, string ColumnId)
    : WorkspaceEvent(WorkspaceId, Version, By);
