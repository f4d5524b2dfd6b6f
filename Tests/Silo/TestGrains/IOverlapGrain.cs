using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Tests.Silo.TestGrains;

public interface IOverlapGrain : IGrainWithStringKey
{
    Task TouchAsync(TimeSpan pause);

    Task<int> GetTurnsAsync();

    Task<int> GetOverlapsAsync();
}
