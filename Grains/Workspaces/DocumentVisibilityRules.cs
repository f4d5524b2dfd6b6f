using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// Who may see a document of a workspace. Administrators see every document, as they see every workspace: they run the
/// platform for the operator, can read its database anyway, and answer support and legal requests; their exports are
/// audited like anyone's. Everyone else must be a member, and the member's organisation, as the workspace recorded it
/// when they joined, must be one the visibility includes. Roles do not widen it: a Koordination member of another
/// organisation does not see a document kept within one organisation.
/// </summary>
public static class DocumentVisibilityRules
{
    /// <summary>Whether members of <paramref name="organisationId"/> may see a document visible as <paramref name="visibility"/>.</summary>
    public static bool Includes(DocumentVisibility visibility, string organisationId)
    {
        ArgumentNullException.ThrowIfNull(visibility);
        return visibility.Mode switch
        {
            DocumentVisibilityMode.AllPartners => true,
            DocumentVisibilityMode.NamedOrganisations =>
                organisationId == visibility.OwnerOrganisationId || visibility.OrganisationIds.Contains(organisationId, StringComparer.Ordinal),
            _ => organisationId == visibility.OwnerOrganisationId,
        };
    }

    /// <summary>Whether <paramref name="actor"/> may see a document visible as <paramref name="visibility"/>.</summary>
    public static bool MaySee(Actor actor, MemberList members, DocumentVisibility visibility)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsAdministrator)
        {
            return true;
        }

        return members.Find(actor.PersonId) is { } member && Includes(visibility, member.OrganisationId);
    }

    /// <summary>
    /// A visibility as asked for, owned by <paramref name="ownerOrganisationId"/>. Named organisations are trimmed and
    /// deduplicated, the owner among them dropped; at least one other must remain, and at most
    /// <see cref="WorkspaceLimits.MaxVisibilityOrganisations"/>. Other modes name none. Refused with
    /// <see cref="WorkspaceError.InvalidVisibility"/>.
    /// </summary>
    public static DocumentVisibility Validate(DocumentVisibilityMode mode, string ownerOrganisationId, IReadOnlyList<string>? organisationIds)
    {
        if (!Enum.IsDefined(mode))
        {
            throw Refusal.Because(WorkspaceError.InvalidVisibility, $"{mode} is not a visibility.", "Mode");
        }

        if (mode != DocumentVisibilityMode.NamedOrganisations)
        {
            return new DocumentVisibility(mode, ownerOrganisationId, []);
        }

        string[] named = [.. (organisationIds ?? [])
            .Select(id => DetailsRules.OptionalId(id, "OrganisationIds"))
            .OfType<string>()
            .Where(id => id != ownerOrganisationId)
            .Distinct(StringComparer.Ordinal)];
        if (named.Length is 0 or > WorkspaceLimits.MaxVisibilityOrganisations)
        {
            throw Refusal.Because(
                WorkspaceError.InvalidVisibility,
                $"Name between 1 and {WorkspaceLimits.MaxVisibilityOrganisations} partner organisations besides the owning one.",
                "OrganisationIds");
        }

        return new DocumentVisibility(mode, ownerOrganisationId, named);
    }

    /// <summary>The visibility as one line for the audit log: the mode, and the named organisations after a colon.</summary>
    public static string Describe(DocumentVisibility visibility) =>
        visibility.OrganisationIds.Count == 0
            ? visibility.Mode.ToString()
            : $"{visibility.Mode}:{string.Join(',', visibility.OrganisationIds)}";
}
