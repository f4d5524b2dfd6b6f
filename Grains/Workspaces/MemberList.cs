using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// The rules of a workspace's membership, over its stored members. A workspace always keeps at least one
/// Koordination member, so that someone can still manage it. Every method checks before it changes anything.
/// </summary>
public sealed class MemberList(List<MemberState> members)
{
    public IReadOnlyList<MemberState> Members => members;

    public MemberState? Find(string? personId) => members.Find(member => member.PersonId == personId);

    public bool Contains(string personId) => Find(personId) is not null;

    /// <summary>Adds a member. The organisation may be left empty, as for an operator who belongs to no partner.</summary>
    public MemberState Add(string? personId, string? displayName, string? organisationId, WorkspaceRole role, DateTimeOffset joinedAt)
    {
        var id = DetailsRules.RequiredId(personId, "PersonId");
        var member = new MemberState
        {
            PersonId = id,
            DisplayName = DisplayName(displayName),
            OrganisationId = DetailsRules.OptionalId(organisationId, "OrganisationId") ?? string.Empty,
            Role = DefinedRole(role),
            JoinedAt = joinedAt,
        };
        if (Contains(id))
        {
            throw Refusal.Because(WorkspaceError.AlreadyMember, $"{id} is a member already.", id);
        }

        if (members.Count >= WorkspaceLimits.MaxMembers)
        {
            throw Refusal.Because(WorkspaceError.TooManyMembers, $"A workspace has at most {WorkspaceLimits.MaxMembers} members.");
        }

        members.Add(member);
        return member;
    }

    public MemberState ChangeRole(string? personId, WorkspaceRole role)
    {
        var index = IndexOf(personId);
        var member = members[index];
        if (DefinedRole(role) != WorkspaceRole.Coordination)
        {
            RequireAnotherCoordinator(member);
        }

        var changed = member with { Role = role };
        members[index] = changed;
        return changed;
    }

    public void Remove(string? personId)
    {
        var index = IndexOf(personId);
        RequireAnotherCoordinator(members[index]);
        members.RemoveAt(index);
    }

    // A person deleted from the platform leaves even as the last Koordination member: administrators keep every right.
    public void Forget(string? personId) => members.RemoveAt(IndexOf(personId));

    private int IndexOf(string? personId)
    {
        var index = members.FindIndex(member => member.PersonId == personId);
        return index >= 0
            ? index
            : throw Refusal.Because(WorkspaceError.UnknownMember, $"{personId} is not a member.", personId ?? string.Empty);
    }

    private void RequireAnotherCoordinator(MemberState member)
    {
        if (member.Role == WorkspaceRole.Coordination && members.Count(each => each.Role == WorkspaceRole.Coordination) == 1)
        {
            throw Refusal.Because(WorkspaceError.LastCoordinator, $"{member.DisplayName} is the last Koordination member.", member.PersonId);
        }
    }

    private static string DisplayName(string? displayName)
    {
        var trimmed = displayName?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 and <= WorkspaceLimits.TitleMaxLength
            ? trimmed
            : throw Refusal.Because(WorkspaceError.InvalidDetails, $"A member needs a name of at most {WorkspaceLimits.TitleMaxLength} characters.", "DisplayName");
    }

    private static WorkspaceRole DefinedRole(WorkspaceRole role) =>
        Enum.IsDefined(role) ? role : throw Refusal.Because(WorkspaceError.InvalidDetails, $"{role} is not a role.", "Role");
}
