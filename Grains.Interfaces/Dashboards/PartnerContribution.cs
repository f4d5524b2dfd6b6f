namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>
/// What one partner organisation contributed to a project: done tasks (each counted once per organisation among its
/// assignees, or for the organisation of whoever last changed it when nobody is assigned) and documents created.
/// </summary>
public sealed record PartnerContribution(string OrganisationId, int TasksDone, int DocumentsCreated);
