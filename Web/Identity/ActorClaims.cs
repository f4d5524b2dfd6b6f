using System.Security.Claims;
using Kooperationsraum.Grains.Interfaces.People;

namespace Kooperationsraum.Web.Identity;

/// <summary>
/// The claims a signed-in account carries, and the <see cref="Actor"/> made of them. They are written at sign-in and
/// rewritten whenever the security stamp is validated, so a renamed person or a changed administrator flag shows up
/// without a new sign-in; a locked or deleted account loses its cookie instead.
/// </summary>
public static class ActorClaims
{
    public const string DisplayName = "kooperationsraum:display_name";
    public const string OrganisationId = "kooperationsraum:organisation";
    public const string MustChangePassword = "kooperationsraum:must_change_password";
    public const string AdministratorRole = "Administrator";

    /// <summary>The policy administrators' pages and endpoints require.</summary>
    public const string AdministratorPolicy = "Administrator";

    /// <summary>The acting person of a signed-in principal, or null when it is anonymous or lacks the claims.</summary>
    public static Actor? ToActor(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true
            || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } personId
            || principal.FindFirstValue(OrganisationId) is not { Length: > 0 } organisationId)
        {
            return null;
        }

        return new Actor(
            personId,
            principal.FindFirstValue(DisplayName) ?? personId,
            organisationId,
            principal.IsInRole(AdministratorRole));
    }
}
