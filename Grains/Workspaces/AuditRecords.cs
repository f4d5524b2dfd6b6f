using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Audit;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>Which changes a workspace audits, and what it records of them, from the state before the change and its event.</summary>
public static class AuditRecords
{
    /// <summary>The entry for a change, or null for a change that is not audited (board work, details, creation, renames).</summary>
    public static AuditRecord? Of(Actor actor, WorkspaceState before, WorkspaceEvent workspaceEvent)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(before);
        var entry = new AuditRecord(workspaceEvent.By.At, actor.PersonId, actor.OrganisationId, default);
        switch (workspaceEvent)
        {
            case MemberJoined joined:
                return entry with
                {
                    Action = AuditAction.MemberAdded, SubjectPersonId = joined.Member.PersonId,
                    SubjectOrganisationId = joined.Member.OrganisationId, Detail = joined.Member.Role.ToString(),
                };
            case MemberRoleChanged changed:
                var member = before.Members.Find(each => each.PersonId == changed.PersonId);
                return entry with
                {
                    Action = AuditAction.MemberRoleChanged, SubjectPersonId = changed.PersonId,
                    SubjectOrganisationId = member?.OrganisationId, Detail = changed.Role.ToString(), Previous = member?.Role.ToString(),
                };
            case MemberLeft left:
                var former = before.Members.Find(each => each.PersonId == left.PersonId);
                return entry with
                {
                    Action = AuditAction.MemberRemoved, SubjectPersonId = left.PersonId,
                    SubjectOrganisationId = former?.OrganisationId, Previous = former?.Role.ToString(),
                };
            case DocumentVisibilityChanged visibility:
                return entry with
                {
                    Action = AuditAction.DocumentVisibilityChanged, TargetId = visibility.DocumentId, TargetName = visibility.Title,
                    Detail = DocumentVisibilityRules.Describe(visibility.Visibility),
                    Previous = DocumentVisibilityRules.Describe(visibility.Previous),
                    Visibility = Widest(visibility),
                };
            case DocumentDeleted deleted:
                return entry with
                {
                    Action = AuditAction.DocumentDeleted, TargetId = deleted.DocumentId, TargetName = deleted.Title, Visibility = deleted.Visibility,
                };
            case TaskDeleted task:
                var title = before.Columns.SelectMany(column => column.Tasks).FirstOrDefault(each => each.Id == task.TaskId)?.Title;
                return entry with { Action = AuditAction.TaskDeleted, TargetId = task.TaskId, TargetName = title };
            case ColumnRemoved column:
                var name = before.Columns.Find(each => each.Id == column.ColumnId)?.Name;
                return entry with { Action = AuditAction.ColumnRemoved, TargetId = column.ColumnId, TargetName = name };
            default:
                return null;
        }
    }

    // Whoever saw the document before or after the change knows its name already.
    private static DocumentVisibility Widest(DocumentVisibilityChanged changed) =>
        changed.Previous.Mode == DocumentVisibilityMode.AllPartners ? changed.Previous
        : changed.Visibility.Mode == DocumentVisibilityMode.AllPartners ? changed.Visibility
        : changed.Visibility with
        {
            Mode = DocumentVisibilityMode.NamedOrganisations,
            OrganisationIds = [.. changed.Previous.OrganisationIds.Union(changed.Visibility.OrganisationIds)],
        };
}
