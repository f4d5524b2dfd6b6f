using System.Diagnostics;
using Kooperationsraum.Grains.Documents;

namespace Kooperationsraum.Bench;

/// <summary>
/// Applies every patch of a trace to the text buffer alone, over and over for a while, and reports patches per
/// second. The patches are laid out in one array first, so that the timed loop measures the buffer rather than
/// enumerating nested lists; the first pass and the last timed pass must reach the trace's end content, so a fast
/// wrong buffer cannot pass.
/// </summary>
public static class BufferBenchmark
{
    public static Measurement Run(EditingTrace trace, TimeSpan duration)
    {
        var patches = trace.Transactions.SelectMany(transaction => transaction).ToArray();
        Check(trace, ApplyAll(trace.StartContent, patches));

        // Untimed, so that the first trace is not measured while the JIT is still compiling the buffer.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < duration / 4)
        {
            ApplyAll(trace.StartContent, patches);
        }

        long applied = 0;
        TextBuffer last;
        var clock = Stopwatch.StartNew();
        do
        {
            last = ApplyAll(trace.StartContent, patches);
            applied += patches.Length;
        }
        while (clock.Elapsed < duration);

        clock.Stop();
        Check(trace, last);
        return new Measurement(trace.Name, applied, clock.Elapsed);
    }

    private static void Check(EditingTrace trace, TextBuffer buffer)
    {
        if (buffer.ToString() != trace.EndContent)
        {
            throw new InvalidOperationException($"{trace.Name}: the text buffer did not reach the trace's end content.");
        }
    }

    private static TextBuffer ApplyAll(string startContent, Patch[] patches)
    {
        var buffer = new TextBuffer(startContent);
        foreach (var patch in patches)
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

        return buffer;
    }
}
