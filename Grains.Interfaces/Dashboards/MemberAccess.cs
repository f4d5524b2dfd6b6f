using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>A member of a workspace as a dashboard needs to know them: to decide who may see the workspace's figures.</summary>
public sealed record MemberAccess(string PersonId, WorkspaceRole Role);
