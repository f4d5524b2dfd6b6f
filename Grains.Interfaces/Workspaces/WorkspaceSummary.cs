namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>A workspace as the registry lists it.</summary>
public sealed record WorkspaceSummary(
    string Id,
    WorkspaceKind Kind,
    string Title,
    string? CooperationId,
    ProjectCategory? Category,
    ProjectStatus? Status,
    IReadOnlyList<string> PartnerOrganisationIds,
    DateTimeOffset CreatedAt);
