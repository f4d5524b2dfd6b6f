namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A document was deleted with its text and history; <see cref="Title"/> is the title it last had.</summary>
public sealed record DocumentDeleted(string WorkspaceId, long Version, ChangeStamp By, string DocumentId, string Title)
    : WorkspaceEvent(WorkspaceId, Version, By);
