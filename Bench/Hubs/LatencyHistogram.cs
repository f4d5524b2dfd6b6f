using System.Diagnostics;

namespace Kooperationsraum.Bench.Hubs;

/// <summary>
/// Latencies in buckets of 0.1 ms up to a minute, counted without locks from any thread: at 400 editors on one
/// document every edit gives 399 samples, too many to keep one by one. A sample touches only its bucket; the total is
/// summed when asked, so that 800,000 samples a second do not all contend for one counter.
/// </summary>
public sealed class LatencyHistogram
{
    private const long TicksPerBucket = TimeSpan.TicksPerMillisecond / 10;
    private static readonly int Buckets = (int)(TimeSpan.FromMinutes(1).Ticks / TicksPerBucket);

    private readonly long[] counts = new long[Buckets + 1];

    public long Count
    {
        get
        {
            long total = 0;
            for (var bucket = 0; bucket < counts.Length; bucket++)
            {
                total += Interlocked.Read(ref counts[bucket]);
            }

            return total;
        }
    }

    /// <summary>Counts the time from <paramref name="from"/> to <paramref name="to"/>, both <see cref="Stopwatch"/> timestamps.</summary>
    public void Add(long from, long to)
    {
        var ticks = Stopwatch.GetElapsedTime(from, to).Ticks;
        var bucket = (int)Math.Clamp(ticks / TicksPerBucket, 0, Buckets);
        Interlocked.Increment(ref counts[bucket]);
    }

    /// <summary>The latency at or below which <paramref name="fraction"/> of the samples lie, to the bucket's upper edge.</summary>
    public TimeSpan Percentile(double fraction)
    {
        var total = Count;
        if (total == 0)
        {
            return TimeSpan.Zero;
        }

        var wanted = (long)Math.Ceiling(total * fraction);
        long seen = 0;
        for (var bucket = 0; bucket < counts.Length; bucket++)
        {
            seen += Interlocked.Read(ref counts[bucket]);
            if (seen >= wanted)
            {
                return TimeSpan.FromTicks((bucket + 1) * TicksPerBucket);
            }
        }

        return TimeSpan.FromTicks(counts.Length * TicksPerBucket);
    }
}
