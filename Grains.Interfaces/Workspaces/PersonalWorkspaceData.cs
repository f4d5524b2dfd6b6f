using Kooperationsraum.Grains.Interfaces.Workspaces.Audit;

namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>
/// What one workspace holds about one person, for the download of their own data: their role (null when no longer a
/// member), the tasks they created, are assigned to or commented on, the documents they created, and the audit entries
/// of what they did.
/// </summary>
public sealed record PersonalWorkspaceData(
    string WorkspaceId,
    string Title,
    WorkspaceRole? Role,
    IReadOnlyList<PersonalTask> Tasks,
    IReadOnlyList<WorkspaceDocument> Documents,
    IReadOnlyList<AuditEntry> AuditEntries);
