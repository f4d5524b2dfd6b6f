namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>A person's membership in a workspace.</summary>
public sealed record WorkspaceMember(
    string PersonId,
    string DisplayName,
    string OrganisationId,
    WorkspaceRole Role,
    DateTimeOffset JoinedAt);
