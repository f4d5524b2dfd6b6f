using Kooperationsraum.Grains.Interfaces.People;

namespace Kooperationsraum.Web.Identity;

/// <summary>
/// The platform itself, acting in server-side start-up code only (the first administrator's directory entries, the
/// demo). No request, hub call or circuit can act as it: <see cref="ClaimsActorAccessor"/> knows only signed-in people.
/// </summary>
internal static class SystemActor
{
    public static readonly Actor Instance = new("system", "Kooperationsraum", "system", IsAdministrator: true);
}
