using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Web.Identity;

namespace Kooperationsraum.Tests.Access;

/// <summary>The acting person of a service called as a circuit calls it, once the circuit handler has set the person.</summary>
public sealed class FixedActor(Actor actor) : IActorAccessor
{
    public Actor Current { get; } = actor;
}
