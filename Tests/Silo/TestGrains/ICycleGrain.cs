using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Tests.Silo.TestGrains;

public interface ICycleGrain : IGrainWithStringKey
{
    /// <summary>Calls the grain named first in <paramref name="route"/> with the rest of the route, and waits for it.</summary>
    Task RelayAsync(string[] route);
}
