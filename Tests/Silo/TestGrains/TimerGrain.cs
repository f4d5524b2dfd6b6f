using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Tests.Silo.TestGrains;

/// <summary>Ticks every millisecond through the same overlap detector as its calls.</summary>
public sealed class TimerGrain : Grain, ITimerGrain
{
    private readonly OverlapDetector detector = new();
    private int ticks;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        RegisterGrainTimer(
            async _ =>
            {
                await detector.TouchAsync(TimeSpan.FromMilliseconds(1));
                ticks++;
            },
            TimeSpan.Zero,
            TimeSpan.FromMilliseconds(1));
        return Task.CompletedTask;
    }

    public Task TouchAsync(TimeSpan pause) => detector.TouchAsync(pause);

    public Task<int> GetTicksAsync() => Task.FromResult(ticks);

    public Task<int> GetOverlapsAsync() => Task.FromResult(detector.Overlaps);
}
