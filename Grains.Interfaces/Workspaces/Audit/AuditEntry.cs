namespace Kooperationsraum.Grains.Interfaces.Workspaces.Audit;

/// <summary>
/// One entry of a workspace's audit log: who (<see cref="ActorPersonId"/> of <see cref="ActorOrganisationId"/>) did
/// what (<see cref="Action"/>) when (<see cref="At"/>). People are named by id only, never by name, so that a person
/// deleted later can be pseudonymised without rewriting the log; a reader resolves names at read time.
/// <see cref="SubjectPersonId"/> and <see cref="SubjectOrganisationId"/> name the member a membership entry is about;
/// <see cref="TargetId"/> and <see cref="TargetName"/> the task, column or document an entry is about, with the name it
/// had then (null when the reader may not see that document); <see cref="Detail"/> and <see cref="Previous"/> the new
/// and former value (a role, a visibility, an export format).
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset At,
    string ActorPersonId,
    string ActorOrganisationId,
    AuditAction Action,
    string? SubjectPersonId,
    string? SubjectOrganisationId,
    string? TargetId,
    string? TargetName,
    string? Detail,
    string? Previous);
