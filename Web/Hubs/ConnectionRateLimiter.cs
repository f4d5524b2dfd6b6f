using System.Collections.Concurrent;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// A token bucket per hub connection. An editor sends a handful of messages a second (unconfirmed changes go
/// together in one message), so a connection that keeps exceeding the bucket is flooding: its calls are refused,
/// and when it does not stop, it is closed.
/// </summary>
public sealed class ConnectionRateLimiter(TimeProvider time)
{
    public const double Capacity = 60;
    public const double RefillPerSecond = 20;

    /// <summary>How many refused calls in a row make a connection a flooder.</summary>
    public const int RefusalsBeforeClosing = 100;

    private readonly ConcurrentDictionary<string, RateBucket> buckets = new();

    /// <summary>Takes one token; says whether the call may run, and whether the connection should be closed.</summary>
    public (bool Allowed, bool Close) Take(string connectionId)
    {
        var bucket = buckets.GetOrAdd(connectionId, _ => new RateBucket(Capacity, time.GetTimestamp()));
        lock (bucket)
        {
            var now = time.GetTimestamp();
            bucket.Tokens = Math.Min(Capacity, bucket.Tokens + (time.GetElapsedTime(bucket.Stamp, now).TotalSeconds * RefillPerSecond));
            bucket.Stamp = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                bucket.Refusals = 0;
                return (true, false);
            }

            bucket.Refusals++;
            return (false, bucket.Refusals >= RefusalsBeforeClosing);
        }
    }

    public void Forget(string connectionId) => buckets.TryRemove(connectionId, out _);
}
