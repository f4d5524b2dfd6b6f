using System.Diagnostics;
using Xunit.Abstractions;

namespace Kooperationsraum.Tests.Documents;

public sealed class ConvergenceFuzzTests(ITestOutputHelper output)
{
    private const int Runs = 1_200;

    [Fact]
    public void EditorsWithDelaysReorderingsDisconnectsAndResendsAllEndWithTheServersTextAndEveryEditAppliedOnce()
    {
        var watch = Stopwatch.StartNew();
        int duplicates = 0, lateCopiesRefused = 0, transformed = 0;

        for (var seed = 1; seed <= Runs; seed++)
        {
            var run = new ConvergenceRun(seed);
            try
            {
                run.Run(steps: 40 + (seed % 80));
            }
            catch (Exception failure)
            {
                throw new InvalidOperationException($"Convergence run with seed {seed} failed: {failure.Message}", failure);
            }

            duplicates += run.Duplicates;
            lateCopiesRefused += run.LateCopiesRefused;
            transformed += run.Transformed;
        }

        output.WriteLine($"{Runs} runs in {watch.ElapsedMilliseconds} ms: {transformed} transformed, {duplicates} duplicates acknowledged again, {lateCopiesRefused} late copies refused");
        transformed.Should().BeGreaterThan(Runs, "the runs must exercise concurrent operations");
        duplicates.Should().BeGreaterThan(0, "the runs must exercise resends");
    }
}
