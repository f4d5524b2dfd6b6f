using System.Security.Claims;
using Kooperationsraum.Grains.Interfaces.People;

namespace Kooperationsraum.Web.Identity;

/// <summary>
/// The acting person of one scope, made from the signed-in principal. Each kind of scope hands its principal over
/// where it begins: a request in <see cref="Hosting.AccountWebExtensions"/>, a hub call in
/// <see cref="ActorHubFilter"/>, a Blazor circuit in <see cref="ActorCircuitHandler"/>. No ambient state is read, so a
/// hub never sees the HTTP request it was negotiated on.
/// </summary>
public sealed class ClaimsActorAccessor : IActorAccessor
{
    private Actor? actor;

    public Actor Current => actor
        ?? throw new InvalidOperationException("Nobody is signed in here; every page, hub and endpoint requires a signed-in person.");

    /// <summary>Makes <paramref name="principal"/> the acting person of this scope (anonymous: nobody).</summary>
    public void Use(ClaimsPrincipal? principal) => actor = ActorClaims.ToActor(principal);
}
