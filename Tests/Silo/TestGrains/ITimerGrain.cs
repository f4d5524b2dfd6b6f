using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Tests.Silo.TestGrains;

public interface ITimerGrain : IGrainWithStringKey
{
    Task TouchAsync(TimeSpan pause);

    Task<int> GetTicksAsync();

    Task<int> GetOverlapsAsync();
}
