using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Tests.Silo.TestGrains;

[Reentrant]
public sealed class ReentrantOverlapGrain : Grain, IReentrantOverlapGrain
{
    private readonly OverlapDetector detector = new();

    public Task TouchAsync(TimeSpan pause) => detector.TouchAsync(pause);

    public Task<int> GetTurnsAsync() => Task.FromResult(detector.Turns);

    public Task<int> GetOverlapsAsync() => Task.FromResult(detector.Overlaps);
}
