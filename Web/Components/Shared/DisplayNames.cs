using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Kooperationsraum.Web.Components.Shared;

/// <summary>The localised names of the domain's enumerations, and people's names as a reader sees them.</summary>
public static class DisplayNames
{
    public static string Name(this IStringLocalizer<SharedResource> localizer, WorkspaceRole role) => localizer[$"Role.{role}"];

    public static string Name(this IStringLocalizer<SharedResource> localizer, WorkspaceKind kind) => localizer[$"Kind.{kind}"];

    public static string Name(this IStringLocalizer<SharedResource> localizer, ProjectCategory category) => localizer[$"Category.{category}"];

    public static string Name(this IStringLocalizer<SharedResource> localizer, ProjectStatus status) => localizer[$"Status.{status}"];

    public static string Name(this IStringLocalizer<SharedResource> localizer, OrganisationKind kind) => localizer[$"OrganisationKind.{kind}"];

    /// <summary>
    /// A person's name as stored for <paramref name="personId"/>; a deleted person's stored <see cref="Pseudonym"/> put
    /// into the reader's words.
    /// </summary>
    public static string PersonName(this IStringLocalizer<SharedResource> localizer, string personId, string displayName) =>
        Pseudonym.IsOf(personId, displayName) ? localizer["Pseudonym.DeletedPerson", displayName] : displayName;

    /// <summary>The name of whoever made <paramref name="stamp"/>, as <see cref="PersonName(IStringLocalizer{SharedResource}, string, string)"/>.</summary>
    public static string PersonName(this IStringLocalizer<SharedResource> localizer, ChangeStamp stamp) =>
        localizer.PersonName(stamp.PersonId, stamp.DisplayName);
}
