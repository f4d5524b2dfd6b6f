namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>An empty column was removed.</summary>
public sealed record ColumnRemoved(string WorkspaceId, long Version, ChangeStamp By, string ColumnId)
    : WorkspaceEvent(WorkspaceId, Version, By);
