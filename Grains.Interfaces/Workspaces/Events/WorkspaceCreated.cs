namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>The workspace was created.</summary>
public sealed record WorkspaceCreated(string WorkspaceId, long Version, ChangeStamp By, WorkspaceDetails Details)
    : WorkspaceEvent(WorkspaceId, Version, By);
