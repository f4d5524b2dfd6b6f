namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A member's role was changed.</summary>
public sealed record MemberRoleChanged(string WorkspaceId, long Version, ChangeStamp By, string PersonId, WorkspaceRole Role)
    : WorkspaceEvent(WorkspaceId, Version, By);
