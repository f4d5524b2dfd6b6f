namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A column was renamed.</summary>
public sealed record ColumnRenamed(string WorkspaceId, long Version, ChangeStamp By, string ColumnId, string Name)
    : WorkspaceEvent(WorkspaceId, Version, By);
