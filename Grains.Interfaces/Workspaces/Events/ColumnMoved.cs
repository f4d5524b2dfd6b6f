namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A column was moved to a position.</summary>
public sealed record ColumnMoved(string WorkspaceId, long Version, ChangeStamp By, string ColumnId, int Index)
    : WorkspaceEvent(WorkspaceId, Version, By);
