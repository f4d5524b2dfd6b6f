using Kooperationsraum.Grains.Interfaces.Board;

namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A task was created at a position in its column.</summary>
public sealed record TaskCreated(string WorkspaceId, long Version, ChangeStamp By, BoardTask Task, int Index)
    : WorkspaceEvent(WorkspaceId, Version, By);
