namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A person became a member.</summary>
public sealed record MemberJoined(string WorkspaceId, long Version, ChangeStamp By, WorkspaceMember Member)
    : WorkspaceEvent(WorkspaceId, Version, By);
