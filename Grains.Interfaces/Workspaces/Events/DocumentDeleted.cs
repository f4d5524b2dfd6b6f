namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>
/// A document was deleted with its text and history; <see cref="Title"/> is the title it last had and
/// <see cref="Visibility"/> who could see it then (null in events stored before visibility existed: every member).
/// </summary>
public sealed record DocumentDeleted(string WorkspaceId, long Version, ChangeStamp By, string DocumentId, string Title, DocumentVisibility? Visibility = null)
    : WorkspaceEvent(WorkspaceId, Version, By);
