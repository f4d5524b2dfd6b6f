namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>
/// What describes a workspace. A Kooperation uses partners, signing date, term and goals; a Digitalprojekt
/// names its cooperation, lead partner, category, status, dates and milestones (null reads as none).
/// </summary>
public sealed record WorkspaceDetails(
    WorkspaceKind Kind,
    string Title,
    string Goals,
    IReadOnlyList<string> PartnerOrganisationIds,
    DateOnly? SignedOn = null,
    DateOnly? StartsOn = null,
    DateOnly? EndsOn = null,
    string? CooperationId = null,
    string? LeadOrganisationId = null,
    ProjectCategory? Category = null,
    ProjectStatus? Status = null,
    IReadOnlyList<Milestone>? Milestones = null);
