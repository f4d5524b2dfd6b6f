using System.Diagnostics;
using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Bench;

/// <summary>
/// Submits every transaction of a trace to the document's ordering logic in memory, as one editor that is always
/// up to date: validation, id bookkeeping, the log and the buffer, without storage. Reports operations per second.
/// </summary>
public static class DocumentLogBenchmark
{
    public static Measurement Run(EditingTrace trace, TimeSpan duration)
    {
        var operations = trace.ToOperations();
        if (SubmitAll(trace, operations).GetText() != trace.EndContent)
        {
            throw new InvalidOperationException($"{trace.Name}: the document log did not reach the trace's end content.");
        }

        long submitted = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            SubmitAll(trace, operations);
            submitted += operations.Count;
        }

        clock.Stop();
        return new Measurement(trace.Name, submitted, clock.Elapsed);
    }

    private static DocumentLog SubmitAll(EditingTrace trace, IReadOnlyList<TextOperation> operations)
    {
        var log = new DocumentLog(new DocumentSnapshot(trace.StartContent, 0));
        for (var i = 0; i < operations.Count; i++)
        {
            log.Submit(new OperationId("bench", i + 1), log.Version, operations[i]);
        }

        return log;
    }
}
