using Kooperationsraum.Grains.Interfaces.Board;

namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A column was added at a position.</summary>
public sealed record ColumnAdded(string WorkspaceId, long Version, ChangeStamp By, BoardColumn Column, int Index)
    : WorkspaceEvent(WorkspaceId, Version, By);
