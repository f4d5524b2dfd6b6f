using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// Who may do what in a workspace. Gast reads and comments; Mitglied also works on tasks and documents; Koordination also manages
/// members, columns and details. Administrators may do everything, member or not. Everyone else may do nothing,
/// not even read, so that a workspace's content stays within its members.
/// </summary>
public static class WorkspaceRights
{
    /// <summary>Refuses with <see cref="WorkspaceError.NotAllowed"/> unless the actor holds at least <paramref name="required"/>.</summary>
    public static void Demand(Actor actor, MemberList members, WorkspaceRole required)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsAdministrator)
        {
            return;
        }

        var member = members.Find(actor.PersonId);
        if (member is null || Rank(member.Role) < Rank(required))
        {
            throw Refusal.Because(WorkspaceError.NotAllowed, $"{actor.PersonId} may not do this here; it needs the role {required}.");
        }
    }

    /// <summary>
    /// Refuses with <see cref="WorkspaceError.NotAllowed"/> unless the actor may delete <paramref name="document"/>:
    /// Koordination, or whoever created it while they still hold at least Mitglied, since a guest may not change content.
    /// </summary>
    public static void DemandDocumentDeletion(Actor actor, MemberList members, DocumentEntryState document)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(document);
        Demand(actor, members, document.Created.PersonId == actor.PersonId ? WorkspaceRole.Member : WorkspaceRole.Coordination);
    }

    private static int Rank(WorkspaceRole role) =>
        role switch
        {
            WorkspaceRole.Guest => 1,
            WorkspaceRole.Member => 2,
            WorkspaceRole.Coordination => 3,
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
        };
}
