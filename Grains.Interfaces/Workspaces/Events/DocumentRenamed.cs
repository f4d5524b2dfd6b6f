namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A document of the workspace got a new title.</summary>
public sealed record DocumentRenamed(string WorkspaceId, long Version, ChangeStamp By, string DocumentId, string Title)
    : WorkspaceEvent(WorkspaceId, Version, By);
