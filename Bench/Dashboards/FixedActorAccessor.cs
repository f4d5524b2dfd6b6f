using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Web.Identity;

namespace Kooperationsraum.Bench.Dashboards;

/// <summary>Acts as one given person, for pages rendered outside a request.</summary>
public sealed class FixedActorAccessor(Actor actor) : IActorAccessor
{
    public Actor Current { get; } = actor;
}
