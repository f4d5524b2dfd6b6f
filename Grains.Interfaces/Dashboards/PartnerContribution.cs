namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>
/// What one partner organisation contributed to a project: done tasks (each counted once per organisation among its
/// assignees, or for the organisation of whoever last changed it when nobody is assigned) and editing sessions in the
/// project's documents, deleted ones included (see <see cref="Documents.DocumentEdits"/>). Summaries stored before
/// sessions were counted read as none until the workspace reports again.
/// </summary>
public sealed record PartnerContribution(string OrganisationId, int TasksDone, int EditSessions = 0);
