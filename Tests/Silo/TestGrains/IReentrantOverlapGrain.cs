using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Tests.Silo.TestGrains;

public interface IReentrantOverlapGrain : IGrainWithStringKey
{
    Task TouchAsync(TimeSpan pause);

    Task<int> GetTurnsAsync();

    Task<int> GetOverlapsAsync();
}
