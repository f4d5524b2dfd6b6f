using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Tests.Grains.Hosted;
using Kooperationsraum.Tests.Grains.Hosting;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>A recorded editing session replayed through the document grain and its storage.</summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class DocumentTraceReplayTests(HostedGrainsFixture fixture)
{
    [Fact]
    public async Task TheShortestTraceAppliedThroughTheGrainReachesItsEndContentExactlyAndReadsSoAfterARestart()
    {
        var trace = TraceFiles.Load().MinBy(trace => trace.Transactions.Count)!;
        var path = fixture.Folder.NewDatabasePath();
        var id = HostedDocument.NewId();
        await using var host = await WorkspaceHost.StartAsync(path);
        var document = await HostedDocument.CreateAsync(host.Document(id));
        await document.SubmitAsync(Anna, new OperationId("start", 1), 0, TextOperation.Replace(0, 0, 0, trace.StartContent));

        for (var i = 0; i < trace.Transactions.Count; i++)
        {
            await document.SubmitAsync(Anna, new OperationId("trace", i + 1), i + 1, trace.Transactions[i]);
        }

        var replayed = await document.GetSnapshotAsync();
        var crashed = CrashCopy.Of(path);
        await using var restarted = await WorkspaceHost.StartAsync(crashed);
        var recovered = await restarted.Document(id).GetSnapshotAsync();

        replayed.Text.Should().Be(trace.EndContent, trace.Name);
        replayed.Version.Should().Be(trace.Transactions.Count + 1);
        recovered.Should().Be(replayed);
    }
}
