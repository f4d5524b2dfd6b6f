namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>A member was removed.</summary>
public sealed record MemberLeft(string WorkspaceId, long Version, ChangeStamp By, string PersonId)
    : WorkspaceEvent(WorkspaceId, Version, By);
