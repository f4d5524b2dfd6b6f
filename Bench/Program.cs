using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Bench;

/// <summary>Runs every measurement once and prints the figures; the argument is the seconds per measurement.</summary>
internal static class Program
{
    private static async Task Main(string[] args)
    {
        var duration = TimeSpan.FromSeconds(args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds : 3);
        var traces = EditingTraces.Files(AppContext.BaseDirectory).Select(EditingTraces.Read).ToList();

        Console.WriteLine($"Kooperationsraum benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {duration.TotalSeconds:F0} s per measurement");
        Console.WriteLine();
        Console.WriteLine("Text buffer alone, every patch of every trace (target: >= 20,000,000 ops/s):");
        var measurements = traces.Select(trace => BufferBenchmark.Run(trace, duration)).ToList();
        measurements.ForEach(Console.WriteLine);
        Console.WriteLine(new Measurement("all traces", measurements.Sum(m => m.Operations), TimeSpan.FromTicks(measurements.Sum(m => m.Elapsed.Ticks))));

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
}
