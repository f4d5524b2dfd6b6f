using System.Diagnostics;
using Kooperationsraum.Grains.Documents;

namespace Kooperationsraum.Bench;

/// <summary>
/// Applies every patch of a trace to the text buffer alone, over and over for a while, and reports patches per
/// second. The first pass checks that the buffer reaches the trace's end content, so a fast wrong buffer cannot pass.
/// </summary>
public static class BufferBenchmark
{
    public static Measurement Run(EditingTrace trace, TimeSpan duration)
    {
        if (ApplyAll(trace).ToString() != trace.EndContent)
        {
            throw new InvalidOperationException($"{trace.Name}: the text buffer did not reach the trace's end content.");
        }

        long patches = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            ApplyAll(trace);
            patches += trace.PatchCount;
        }

        clock.Stop();
        return new Measurement(trace.Name, patches, clock.Elapsed);
    }

    private static TextBuffer ApplyAll(EditingTrace trace)
    {
        var buffer = new TextBuffer(trace.StartContent);
        foreach (var transaction in trace.Transactions)
        {
            foreach (var patch in transaction)
            {
                if (patch.Deleted > 0)
                {
                    buffer.Delete(patch.Position, patch.Deleted);
                }

                if (patch.Inserted.Length > 0)
                {
                    buffer.Insert(patch.Position, patch.Inserted);
                }
            }
        }

        return buffer;
    }
}
