using Kooperationsraum.Grains.Interfaces.People;

namespace Kooperationsraum.Web.Identity;

/// <summary>Tells who is acting in the current request, circuit or hub call.</summary>
public interface IActorAccessor
{
    /// <summary>The acting person.</summary>
    Actor Current { get; }
}
