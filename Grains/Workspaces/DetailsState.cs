using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// The details of a workspace as stored. Kept apart from <see cref="WorkspaceDetails"/> so that the stored shape
/// does not change when the contract does, and so that a member missing from old data loads as empty, not null.
/// </summary>
public sealed record DetailsState
{
    public WorkspaceKind Kind { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Goals { get; init; } = string.Empty;

    public IReadOnlyList<string> PartnerOrganisationIds { get; init; } = [];

    public DateOnly? SignedOn { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    public string? CooperationId { get; init; }

    public string? LeadOrganisationId { get; init; }

    public ProjectCategory? Category { get; init; }

    public ProjectStatus? Status { get; init; }

    /// <summary>In date order; empty in records written before milestones existed.</summary>
    public IReadOnlyList<Milestone> Milestones { get; init; } = [];

    public WorkspaceDetails ToContract() =>
        new(Kind, Title, Goals, PartnerOrganisationIds, SignedOn, StartsOn, EndsOn, CooperationId, LeadOrganisationId, Category, Status, Milestones.Count > 0 ? Milestones : null);
}
