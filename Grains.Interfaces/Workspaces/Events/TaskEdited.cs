using Kooperationsraum.Grains.Interfaces.Board;

namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A task's fields were edited; carries the task as it is now.</summary>
public sealed record TaskEdited(string WorkspaceId, long Version, ChangeStamp By, BoardTask Task)
    : WorkspaceEvent(WorkspaceId, Version, By);
