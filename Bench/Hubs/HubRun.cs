using System.Collections.Concurrent;
using System.Diagnostics;

namespace Kooperationsraum.Bench.Hubs;

/// <summary>
/// What the editors of one measurement share: the measurement window, the two latency histograms, the
/// editors by client id (a receiver looks up when the sender typed an edit), the decoding of broadcasts and every error.
/// </summary>
public sealed class HubRun
{
    private readonly ConcurrentQueue<string> errors = new();
    private long errorCount;
    private long acknowledgedInWindow;
    private long submissions;
    private long submittedOperations;
    private long broadcasts;
    private long broadcastOperations;

    /// <summary>Edits typed from this <see cref="Stopwatch"/> timestamp on are measured.</summary>
    public long MeasureFrom { get; private set; } = long.MaxValue;

    /// <summary>Edits typed from this <see cref="Stopwatch"/> timestamp on are not measured, and nobody types any more.</summary>
    public long MeasureUntil { get; private set; } = long.MaxValue;

    /// <summary>From typing an edit to its editor's acknowledgement that it is durable.</summary>
    public LatencyHistogram Acknowledged { get; } = new();

    /// <summary>From typing an edit to each other editor of the document applying it; one sample per receiver.</summary>
    public LatencyHistogram Visible { get; } = new();

    /// <summary>Decodes each distinct broadcast record once for all its receivers in this process.</summary>
    public BroadcastDecoder Decoder { get; } = new();

    public IReadOnlyDictionary<string, TypingEditor> Editors { get; set; } = new Dictionary<string, TypingEditor>();

    public long AcknowledgedInWindow => Interlocked.Read(ref acknowledgedInWindow);

    /// <summary>Operations per submission: how many keystrokes piled up while the previous submission was in flight.</summary>
    public double OperationsPerSubmission => (double)Interlocked.Read(ref submittedOperations) / Math.Max(1, Interlocked.Read(ref submissions));

    /// <summary>Operations per broadcast an editor received: how many the document made durable in one write.</summary>
    public double OperationsPerBroadcast => (double)Interlocked.Read(ref broadcastOperations) / Math.Max(1, Interlocked.Read(ref broadcasts));

    public void Submitted(int operations)
    {
        Interlocked.Increment(ref submissions);
        Interlocked.Add(ref submittedOperations, operations);
    }

    public void Broadcast(int operations)
    {
        Interlocked.Increment(ref broadcasts);
        Interlocked.Add(ref broadcastOperations, operations);
    }

    public long ErrorCount => Interlocked.Read(ref errorCount);

    /// <summary>The first few errors, for the report.</summary>
    public IEnumerable<string> FirstErrors => errors.Take(5);

    /// <summary>Sets the measurement window, before anybody types.</summary>
    public void Schedule(long measureFrom, long measureUntil)
    {
        MeasureFrom = measureFrom;
        MeasureUntil = measureUntil;
    }

    public bool InWindow(long typedAt) => typedAt >= MeasureFrom && typedAt < MeasureUntil;

    public void Acknowledge(long typedAt, long now)
    {
        if (InWindow(typedAt))
        {
            Acknowledged.Add(typedAt, now);
            Interlocked.Increment(ref acknowledgedInWindow);
        }
    }

    public void Saw(long typedAt, long now)
    {
        if (InWindow(typedAt))
        {
            Visible.Add(typedAt, now);
        }
    }

    public void Fail(string error)
    {
        if (Interlocked.Increment(ref errorCount) <= 100)
        {
            errors.Enqueue(error);
        }
    }
}
