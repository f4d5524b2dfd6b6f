using Kooperationsraum.Bench.Dashboards;
using Kooperationsraum.Bench.Documents;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Bench.Workspaces;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Bench;

/// <summary>
/// Runs every measurement once and prints the figures. The first argument is the seconds per measurement; a
/// second argument <c>hub</c> runs only the end-to-end hub measurements, and a third picks some of them by
/// editors and documents, as in <c>400x1,400x20</c>; a second argument <c>dashboard</c> runs only the dashboard
/// measurements (a third <c>screen</c> only those of them in the browser), <c>overview</c> only a person's list of
/// workspaces, and <c>buffer</c> only the text buffer's.
/// </summary>
internal static class Program
{
    private const int WarmUpEditors = 50;
    private static readonly TimeSpan WarmUpDuration = TimeSpan.FromSeconds(3);

    private static async Task Main(string[] args)
    {
        var duration = TimeSpan.FromSeconds(args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds : 3);
        var onlyHub = args.Length > 1 && args[1] == "hub";
        var hubScenarios = onlyHub && args.Length > 2
            ? args[2].Split(',').Select(scenario => scenario.Split('x')).Select(parts => (Editors: int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), Documents: int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture))).ToList()
            : [.. new[] { 1, 20 }.SelectMany(documents => new[] { 10, 100, 400 }.Select(editors => (Editors: editors, Documents: documents)))];

        Console.WriteLine($"Kooperationsraum benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {duration.TotalSeconds:F0} s per measurement");
        if (args.Length > 1 && args[1] == "dashboard")
        {
            var compared = args.Length > 3 && args[2] == "compare" ? args[3..] : null;
            await DashboardBenchmark.RunAsync(duration, onlyScreen: args.Length > 2 && args[2] is "screen" or "compare", compared);
            return;
        }

        if (args.Length > 1 && args[1] == "overview")
        {
            await OverviewBenchmark.RunAsync(duration);
            return;
        }

        if (args.Length > 1 && args[1] == "editor")
        {
            await EditorBurstBenchmark.RunAsync();
            return;
        }

        if (args.Length > 1 && args[1] == "buffer")
        {
            RunBuffer(ReadTraces(), duration);
            return;
        }

        if (!onlyHub)
        {
            await RunInProcessAsync(duration);
            await DashboardBenchmark.RunAsync(duration);
            await OverviewBenchmark.RunAsync(duration);
            await EditorBurstBenchmark.RunAsync();
        }

        await RunHubAsync(duration, hubScenarios);
    }

    private static async Task RunInProcessAsync(TimeSpan duration)
    {
        var traces = ReadTraces();
        RunBuffer(traces, duration);

        Console.WriteLine();
        Console.WriteLine("Document ordering logic in memory, one transaction per operation (no storage):");
        var logMeasurements = traces.Select(trace => DocumentLogBenchmark.Run(trace, duration)).ToList();
        logMeasurements.ForEach(Console.WriteLine);

        Console.WriteLine();
        Console.WriteLine("Through the document grain with durable acknowledgements on SQLite (target: >= 50,000 ops/s):");
        Console.WriteLine("one editor replays each trace, sending its unconfirmed transactions in messages");
        foreach (var messageSize in new[] { DocumentLimits.MaxOperationsPerSubmission, 10 })
        {
            foreach (var trace in traces)
            {
                Console.WriteLine(await DurableDocumentBenchmark.RunTraceAsync(trace, messageSize, duration));
            }
        }

        Console.WriteLine("editors typing into one document at once");
        foreach (var keystrokes in new[] { 1, 10 })
        {
            foreach (var editors in new[] { 1, 10, 100 })
            {
                Console.WriteLine(await DurableDocumentBenchmark.RunEditorsAsync(editors, keystrokes, duration));
            }
        }
    }

    private static List<EditingTrace> ReadTraces() =>
        EditingTraces.Files(AppContext.BaseDirectory).Select(EditingTraces.Read).ToList();

    private static void RunBuffer(IReadOnlyList<EditingTrace> traces, TimeSpan duration)
    {
        Console.WriteLine();
        Console.WriteLine("Text buffer alone, every patch of every trace (target: >= 20,000,000 ops/s on each):");
        var measurements = traces.Select(trace => BufferBenchmark.Run(trace, duration)).ToList();
        measurements.ForEach(Console.WriteLine);
        Console.WriteLine(new Measurement("all traces", measurements.Sum(m => m.Operations), TimeSpan.FromTicks(measurements.Sum(m => m.Elapsed.Ticks))));
    }

    private static async Task RunHubAsync(TimeSpan duration, IReadOnlyList<(int Editors, int Documents)> scenarios)
    {
        Console.WriteLine();
        Console.WriteLine($"End to end over the hub on loopback, web server as its own process, every editor typing {HubBenchmark.KeystrokesPerSecond} keystrokes/s");
        Console.WriteLine("(latencies from the keystroke; target: 400 editors on one document, others see an edit within 100 ms at p95):");
        // The editors' code runs unoptimised until the JIT has seen it at work; a cold process falls behind in its first
        // seconds at hundreds of editors, so a small run that nobody reports comes first.
        Console.WriteLine($"  warming up: {WarmUpEditors} editors for {WarmUpDuration.TotalSeconds:F0} s, not reported");
        await HubBenchmark.RunAsync(WarmUpEditors, 1, WarmUpDuration);
        var measurements = new List<HubMeasurement>();
        foreach (var (editors, documents) in scenarios)
        {
            var measurement = await HubBenchmark.RunAsync(editors, documents, duration);
            measurements.Add(measurement);
            Console.WriteLine(measurement);
        }

        Console.WriteLine();
        Console.WriteLine("| editors | acknowledged ops/s | until acknowledged p50 / p95 / p99 | until others see it p50 / p95 / p99 | messages to editors/s | server CPU (one core = 100 %) | server peak memory | editors' process CPU | errors |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        measurements.ForEach(measurement => Console.WriteLine(measurement.ToMarkdownRow()));
    }
}
