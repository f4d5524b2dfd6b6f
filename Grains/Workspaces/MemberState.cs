using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>A membership as stored. Immutable, so that a copy of the state can share it.</summary>
public sealed record MemberState
{
    public required string PersonId { get; init; }

    public string DisplayName { get; init; } = string.Empty;

    public string OrganisationId { get; init; } = string.Empty;

    public WorkspaceRole Role { get; init; }

    public DateTimeOffset JoinedAt { get; init; }

    public WorkspaceMember ToContract() => new(PersonId, DisplayName, OrganisationId, Role, JoinedAt);
}
