using Kooperationsraum.Tests.Grains.Hosted;
using Kooperationsraum.Tests.Grains.Hosting;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>
/// Every recorded editing session replayed through the document grain and its storage on SQLite, by editors that send
/// their unconfirmed changes in messages as CodeMirror does, and read back from what a crash would leave on disk.
/// </summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class DocumentTraceReplayTests(HostedGrainsFixture fixture)
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task EveryTraceTypedThroughTheGrainReachesItsEndContentExactlyAndReadsSoAfterACrash(int editors)
    {
        var traces = TraceFiles.Load();
        var path = fixture.Folder.NewDatabasePath();
        var replayed = new List<(Trace Trace, string Id, GrainTraceReplay Replay)>();
        await using var host = await WorkspaceHost.StartAsync(path);

        foreach (var trace in traces)
        {
            var id = HostedDocument.NewId();
            var replay = new GrainTraceReplay(trace, await HostedDocument.CreateAsync(host, id), editors, seed: trace.Name.Length);
            await replay.RunAsync();
            replayed.Add((trace, id, replay));
        }

        var crashed = CrashCopy.Of(path);
        await using var restarted = await WorkspaceHost.StartAsync(crashed);
        foreach (var (trace, id, replay) in replayed)
        {
            var live = await host.Document(id).GetSnapshotAsync(Anna);
            var recovered = await restarted.Document(id).GetSnapshotAsync(Anna);

            live.Text.Should().Be(trace.EndContent, trace.Name);
            live.Version.Should().Be(trace.Transactions.Count, trace.Name);
            recovered.Should().Be(live, $"{trace.Name} after a crash");
            replay.Editors.Should().OnlyContain(editor => editor.Text == trace.EndContent && editor.UnconfirmedCount == 0, trace.Name);
            replay.Messages.Should().BeLessThan(trace.Transactions.Count / 5, $"{trace.Name}: editors send their unconfirmed changes together");
            replay.SentBehind.Should().BeGreaterThan(trace.Transactions.Count / 10, $"{trace.Name}: editors send on top of unconfirmed changes");
        }
    }
}
