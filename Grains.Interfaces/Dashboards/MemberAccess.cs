using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>
/// A member of a workspace as a dashboard needs to know them: to decide who may see the workspace's figures and, by the
/// organisation the workspace recorded for them, which of its documents.
/// </summary>
public sealed record MemberAccess(string PersonId, WorkspaceRole Role, string? OrganisationId = null);
