namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A column's WIP limit was set or cleared.</summary>
public sealed record ColumnWipLimitChanged(string WorkspaceId, long Version, ChangeStamp By, string ColumnId, int? WipLimit)
    : WorkspaceEvent(WorkspaceId, Version, By);
