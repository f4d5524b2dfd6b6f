namespace Kooperationsraum.Tests.Grains;

/// <summary>A clock that stands still until a test moves it, so that stamps can be asserted exactly.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
