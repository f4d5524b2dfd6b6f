namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>Title, partners, dates or other details were changed.</summary>
public sealed record WorkspaceDetailsChanged(string WorkspaceId, long Version, ChangeStamp By, WorkspaceDetails Details)
    : WorkspaceEvent(WorkspaceId, Version, By);
