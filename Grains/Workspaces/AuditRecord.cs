using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Audit;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// One entry of a workspace's audit log as stored, one per append of the log (<c>grain_log</c>), numbered by its
/// sequence there. People and organisations by id only (see <see cref="AuditEntry"/>). <see cref="Visibility"/> is who
/// could see the document an entry is about, so that its name reaches only them.
/// </summary>
public sealed record AuditRecord(
    DateTimeOffset At,
    string ActorPersonId,
    string ActorOrganisationId,
    AuditAction Action,
    string? SubjectPersonId = null,
    string? SubjectOrganisationId = null,
    string? TargetId = null,
    string? TargetName = null,
    string? Detail = null,
    string? Previous = null,
    DocumentVisibility? Visibility = null)
{
    public AuditEntry ToContract(long sequence, bool showTarget) =>
        new(sequence, At, ActorPersonId, ActorOrganisationId, Action, SubjectPersonId, SubjectOrganisationId, TargetId,
            showTarget ? TargetName : null, Detail, Previous);
}
