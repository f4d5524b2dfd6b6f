namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A document was created in the workspace.</summary>
public sealed record DocumentCreated(string WorkspaceId, long Version, ChangeStamp By, WorkspaceDocument Document)
    : WorkspaceEvent(WorkspaceId, Version, By);
