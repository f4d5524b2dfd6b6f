namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>
/// A document's visibility changed. It reaches whoever could see the document before or after the change; a follower
/// that can no longer see it drops it from its list.
/// </summary>
public sealed record DocumentVisibilityChanged(
    string WorkspaceId, long Version, ChangeStamp By, string DocumentId, string Title, DocumentVisibility Visibility, DocumentVisibility Previous)
    : WorkspaceEvent(WorkspaceId, Version, By);
