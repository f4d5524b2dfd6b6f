using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

public sealed class TraceReplayTests
{
    [Fact]
    public void EveryTraceFoundBesideTheRepositoryIsRead()
    {
        var traces = TraceFiles.Load();

        traces.Should().NotBeEmpty($"the traces belong in {TraceFiles.Folder()}");
        traces.Should().OnlyContain(trace => trace.Transactions.Count > 0);
    }

    [Fact]
    public void EveryTraceAppliedThroughTheDocumentLogReachesItsEndContentExactly()
    {
        foreach (var trace in TraceFiles.Load())
        {
            var log = new DocumentLog(new DocumentSnapshot(trace.StartContent, 0), new DocumentLogOptions { RetainedOperations = 500 });

            for (var i = 0; i < trace.Transactions.Count; i++)
            {
                log.Submit(new OperationId("trace", i + 1), log.Version, trace.Transactions[i]);
                if (log.OperationsSinceSnapshot == 2_000)
                {
                    log.Compact();
                }
            }

            log.GetText().Should().Be(trace.EndContent, trace.Name);
            log.Version.Should().Be(trace.Transactions.Count, trace.Name);
            DocumentLog.FromState(log.ToState()).GetText().Should().Be(trace.EndContent, $"{trace.Name} rebuilt from its state");
        }
    }

    [Fact]
    public void EveryTraceReplayedByThreeEditorsWhoSplitItsTransactionsReachesItsEndContentExactly()
    {
        foreach (var trace in TraceFiles.Load())
        {
            var replay = new SplitReplay(trace, editors: 3, seed: trace.Name.Length);

            replay.Run();

            replay.Log.GetText().Should().Be(trace.EndContent, trace.Name);
            replay.Editors.Should().OnlyContain(editor => editor.Text == trace.EndContent && editor.UnconfirmedCount == 0, trace.Name);
            replay.Log.Version.Should().Be(trace.Transactions.Count, trace.Name);
            replay.SentBehind.Should().BeGreaterThan(trace.Transactions.Count / 10, $"{trace.Name}: editors must send while behind");
        }
    }
}
