using System.Globalization;

namespace Kooperationsraum.Bench.Hubs;

/// <summary>The figures of one end-to-end hub measurement.</summary>
public sealed record HubMeasurement(
    int Editors,
    int Documents,
    TimeSpan Window,
    long Acknowledged,
    LatencyHistogram UntilAcknowledged,
    LatencyHistogram UntilSeen,
    long MessagesToEditors,
    long BytesToEditors,
    long MessagesFromEditors,
    double OperationsPerSubmission,
    double OperationsPerBroadcast,
    TimeSpan ServerCpu,
    TimeSpan EditorsCpu,
    long ServerPeakMemory,
    long Errors,
    IReadOnlyList<string> FirstErrors,
    IReadOnlyList<string> ServerComplaints,
    string Convergence,
    (long Decoded, long Shared) BroadcastDecoding)
{
    private static readonly CultureInfo Format = CultureInfo.InvariantCulture;

    public string Name => $"{Editors} editors on {(Documents == 1 ? "one document" : $"{Documents} documents")}";

    public double OperationsPerSecond => Acknowledged / Window.TotalSeconds;

    /// <summary>Server CPU time per wall time, in per cent of one core.</summary>
    public double ServerCpuPercent => 100 * ServerCpu / Window;

    public double EditorsCpuPercent => 100 * EditorsCpu / Window;

    public override string ToString() => string.Join(
        Environment.NewLine,
        $"{Name}: {OperationsPerSecond.ToString("N0", Format)} acknowledged ops/s over {Window.TotalSeconds:F0} s",
        $"  until acknowledged  p50/p95/p99 {Percentiles(UntilAcknowledged)} ({UntilAcknowledged.Count.ToString("N0", Format)} edits)",
        $"  until others see it p50/p95/p99 {Percentiles(UntilSeen)} ({UntilSeen.Count.ToString("N0", Format)} receptions)",
        $"  messages: {PerSecond(MessagesToEditors)}/s to editors ({(BytesToEditors / Window.TotalSeconds / 1e6).ToString("F1", Format)} MB/s), {PerSecond(MessagesFromEditors)}/s from editors; {OperationsPerSubmission.ToString("F1", Format)} ops per submission, {OperationsPerBroadcast.ToString("F1", Format)} ops per broadcast",
        $"  broadcast records decoded in the editors' process: {BroadcastDecoding.Decoded.ToString("N0", Format)}, the same bytes received again and shared: {BroadcastDecoding.Shared.ToString("N0", Format)}",
        $"  server CPU {ServerCpuPercent.ToString("F0", Format)} % of one core ({(ServerCpuPercent / Environment.ProcessorCount).ToString("F0", Format)} % of the machine), peak memory {(ServerPeakMemory / 1e6).ToString("F0", Format)} MB; editors' process CPU {EditorsCpuPercent.ToString("F0", Format)} % of one core",
        $"  errors and refusals: {Errors}{(Errors > 0 ? $" ({string.Join("; ", FirstErrors)})" : string.Empty)}; server warnings: {ServerComplaints.Count}{(ServerComplaints.Count > 0 ? $" ({string.Join("; ", ServerComplaints.Distinct().Take(3))})" : string.Empty)}",
        $"  convergence: {Convergence}");

    /// <summary>One row of the README's table.</summary>
    public string ToMarkdownRow() =>
        $"| {Name} | {OperationsPerSecond.ToString("N0", Format)} | {Percentiles(UntilAcknowledged)} | {(UntilSeen.Count > 0 ? Percentiles(UntilSeen) : "—")} | "
        + $"{PerSecond(MessagesToEditors)} | {ServerCpuPercent.ToString("F0", Format)} % | {(ServerPeakMemory / 1e6).ToString("F0", Format)} MB | {EditorsCpuPercent.ToString("F0", Format)} % | {Errors} |";

    private string PerSecond(long count) => (count / Window.TotalSeconds).ToString("N0", Format);

    private static string Percentiles(LatencyHistogram histogram) =>
        histogram.Count == 0
            ? "—"
            : string.Join(" / ", new[] { 0.50, 0.95, 0.99 }.Select(p => Milliseconds(histogram.Percentile(p)))) + " ms";

    private static string Milliseconds(TimeSpan latency) =>
        latency.TotalMilliseconds.ToString(latency.TotalMilliseconds < 10 ? "F1" : "F0", Format);
}
