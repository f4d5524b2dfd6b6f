using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// Who may do what in a workspace. Gast reads and comments; Mitglied also works on tasks; Koordination also manages
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

    private static int Rank(WorkspaceRole role) =>
        role switch
        {
            WorkspaceRole.Guest => 1,
            WorkspaceRole.Member => 2,
            WorkspaceRole.Coordination => 3,
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
        };
}
