namespace Kooperationsraum.Tests.Silo.TestGrains;

/// <summary>Counts turns, and turns that began while another was still inside.</summary>
public sealed class OverlapDetector
{
    private int inside;
    private int overlaps;
    private int turns;

    public int Overlaps => Volatile.Read(ref overlaps);

    public int Turns => Volatile.Read(ref turns);

    public async Task TouchAsync(TimeSpan pause)
    {
        if (Interlocked.Increment(ref inside) > 1)
        {
            Interlocked.Increment(ref overlaps);
        }

        if (pause > TimeSpan.Zero)
        {
            await Task.Delay(pause);
        }
        else
        {
            await Task.Yield();
        }

        Interlocked.Decrement(ref inside);
        Interlocked.Increment(ref turns);
    }
}
