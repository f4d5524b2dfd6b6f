using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Tests.Grains.Hosted;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>How a document groups concurrent operations into writes and hands them to observers, through a real host.</summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class DocumentGroupCommitTests(HostedGrainsFixture fixture)
{
    [Fact]
    public async Task TwoHundredConcurrentOperationsAreAllAcknowledgedAndPresentWithFarFewerWrites()
    {
        var id = HostedDocument.NewId();
        var document = await HostedDocument.CreateAsync(fixture.Host, id);
        var writesBefore = fixture.Host.Storage.WritesOf<DocumentGrain>(id);
        var release = fixture.Host.Storage.HoldWritesOf<DocumentGrain>(id);

        // While the first write is held, as on a slow disk, everything else that arrives must wait for a shared one.
        var submitting = SubmitConcurrentlyAsync(document, 200);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        release();
        var acknowledged = await submitting;
        var writes = fixture.Host.Storage.WritesOf<DocumentGrain>(id) - writesBefore;
        var after = await document.GetSnapshotAsync(Anna);

        acknowledged.Select(result => result.Version).Should().BeEquivalentTo(Enumerable.Range(1, 200));
        acknowledged.Should().OnlyContain(result => !result.WasDuplicate);
        after.Version.Should().Be(200);
        Enumerable.Range(0, 200).Should().OnlyContain(i => after.Text.Contains($"[{i}]"));
        after.Text.Length.Should().Be(Enumerable.Range(0, 200).Sum(i => $"[{i}]".Length));
        writes.Should().BeLessThan(50);
    }

    [Fact]
    public async Task ObserversReceiveOneBatchPerWriteInVersionOrderWithoutGaps()
    {
        var id = HostedDocument.NewId();
        var document = await HostedDocument.CreateAsync(fixture.Host, id);
        var recorder = new DocumentOperationRecorder();
        await document.SubscribeAsync(Anna, fixture.Host.Grains.CreateObjectReference<IDocumentObserver>(recorder));
        var writesBefore = fixture.Host.Storage.WritesOf<DocumentGrain>(id);

        await SubmitConcurrentlyAsync(document, 120);
        await HostedDocument.TypeAsync(document, new OperationId("dora-late", 1), 0, "Nachtrag ");
        var batches = await recorder.ReceivedThroughAsync(121);
        var writes = fixture.Host.Storage.WritesOf<DocumentGrain>(id) - writesBefore;

        batches.Should().OnlyContain(batch => batch.DocumentId == id && batch.Operations.Count > 0);
        batches.SelectMany(batch => batch.Operations).Select(operation => operation.Version).Should().Equal(Enumerable.Range(1, 121));
        batches.Should().HaveCount(writes);
    }

    [Fact]
    public async Task AGapFetchReturnsExactlyTheOperationsTheObserversReceivedAfterThatVersion()
    {
        var id = HostedDocument.NewId();
        var document = await HostedDocument.CreateAsync(fixture.Host, id);
        var recorder = new DocumentOperationRecorder();
        await document.SubscribeAsync(Anna, fixture.Host.Grains.CreateObjectReference<IDocumentObserver>(recorder));
        await SubmitConcurrentlyAsync(document, 60);
        var received = (await recorder.ReceivedThroughAsync(60)).SelectMany(batch => batch.Operations).ToList();

        var missed = await document.GetSinceAsync(Anna, 37);
        var none = await document.GetSinceAsync(Anna, 60);
        var ahead = await Record.ExceptionAsync(() => document.GetSinceAsync(Anna, 61));

        missed.Should().Equal(received.Skip(37));
        none.Should().BeEmpty();
        ahead.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.UnknownVersion);
    }

    [Fact]
    public async Task AFailedWriteAcknowledgesNothingShowsNothingAndTheResentOperationsApplyOnceAfterwards()
    {
        var id = HostedDocument.NewId();
        var document = await HostedDocument.CreateAsync(fixture.Host, id);
        await HostedDocument.TypeAsync(document, new OperationId("anna-1", 1), 0, "Stand: ");
        var recorder = new DocumentOperationRecorder();
        await document.SubscribeAsync(Anna, fixture.Host.Grains.CreateObjectReference<IDocumentObserver>(recorder));
        var lost = Enumerable.Range(1, 3)
            .Select(i => (Id: new OperationId($"ben-{i}", 1), Operation: TextOperation.Replace(7, 7, 7, $"<{i}>")))
            .ToList();

        fixture.Host.Storage.FailWritesOf<DocumentGrain>(id);
        var failures = await Task.WhenAll(lost.Select(edit => Record.ExceptionAsync(() => document.SubmitAsync(Ben, edit.Id, 1, edit.Operation))));
        var during = await document.GetSnapshotAsync(Anna);
        var since = await document.GetSinceAsync(Anna, 1);
        fixture.Host.Storage.FailWritesOf<DocumentGrain>(id, fail: false);
        var resent = await Task.WhenAll(lost.Select(edit => document.SubmitAsync(Ben, edit.Id, 1, edit.Operation)));
        var after = await document.GetSnapshotAsync(Anna);
        var batches = await recorder.ReceivedThroughAsync(4);

        failures.Should().OnlyContain(failure => failure is IOException);
        during.Should().Be(new DocumentSnapshot("Stand: ", 1));
        since.Should().BeEmpty();
        resent.Should().OnlyContain(result => !result.WasDuplicate);
        resent.Select(result => result.Version).Should().BeEquivalentTo([2, 3, 4]);
        after.Version.Should().Be(4);
        after.Text.Should().StartWith("Stand: ").And.HaveLength(7 + 9);
        lost.Should().OnlyContain(edit => after.Text.Split(edit.Operation.Sections[1].Inserted!).Length == 2);
        batches.SelectMany(batch => batch.Operations).Select(operation => operation.Version).Should().Equal(2, 3, 4);
    }

    private static Task<SubmitResult[]> SubmitConcurrentlyAsync(IDocumentGrain document, int count) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            document.SubmitAsync(i % 2 == 0 ? Ben : Dora, new OperationId($"editor-{i}", 1), 0, TextOperation.Replace(0, 0, 0, $"[{i}]"))));
}
