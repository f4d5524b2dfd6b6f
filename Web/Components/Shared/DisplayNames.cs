using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Kooperationsraum.Web.Components.Shared;

/// <summary>The localised names of the domain's enumerations.</summary>
public static class DisplayNames
{
    public static string Name(this IStringLocalizer<SharedResource> localizer, WorkspaceRole role) => localizer[$"Role.{role}"];

    public static string Name(this IStringLocalizer<SharedResource> localizer, WorkspaceKind kind) => localizer[$"Kind.{kind}"];

    public static string Name(this IStringLocalizer<SharedResource> localizer, ProjectCategory category) => localizer[$"Category.{category}"];

    public static string Name(this IStringLocalizer<SharedResource> localizer, ProjectStatus status) => localizer[$"Status.{status}"];

    public static string Name(this IStringLocalizer<SharedResource> localizer, OrganisationKind kind) => localizer[$"OrganisationKind.{kind}"];
}
