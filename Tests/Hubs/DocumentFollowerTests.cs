using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Hubs;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kooperationsraum.Tests.Hubs;

[Collection(WebAppCollection.Name)]
public sealed class DocumentFollowerTests(WebAppFixture app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task WritesNotifiedWhileASendIsUnderWayGoOutTogetherInVersionOrder()
    {
        var workspace = await app.CreateWorkspaceAsync("Dokumente: Bündeln");
        var documentId = Guid.NewGuid().ToString("N");
        var document = app.Grains.GetGrain<IDocumentGrain>(documentId);
        await document.CreateAsync(app.Administrator.Actor, workspace.Id, "Bündeln");
        var sends = new List<IReadOnlyList<AppliedOperation>>();
        var firstSendStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirstSend = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var allSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var follower = await DocumentFollower.StartAsync(
            app.Grains,
            documentId,
            () => app.Administrator.Actor,
            async operations =>
            {
                lock (sends)
                {
                    sends.Add([.. operations]);
                }

                if (sends.Count == 1)
                {
                    firstSendStarted.SetResult();
                    await releaseFirstSend.Task;
                }

                if (operations[^1].Version == 4)
                {
                    allSent.SetResult();
                }
            },
            _ => { },
            () => 1,
            TimeProvider.System,
            NullLogger.Instance);

        IDocumentObserver observer = follower;

        observer.OnOperationsApplied(documentId, [Typed(1)]);
        await firstSendStarted.Task.WaitAsync(Patience);
        observer.OnOperationsApplied(documentId, [Typed(2)]);
        observer.OnOperationsApplied(documentId, [Typed(3), Typed(4)]);
        releaseFirstSend.SetResult();
        await allSent.Task.WaitAsync(Patience);

        sends.Select(send => send.Select(operation => operation.Version)).Should().BeEquivalentTo(
            new[] { new[] { 1 }, new[] { 2, 3, 4 } },
            options => options.WithStrictOrdering());
    }

    [Fact]
    public async Task WritesToALargeAudienceWaitForThePauseAfterASendAndThenGoOutTogether()
    {
        var workspace = await app.CreateWorkspaceAsync("Dokumente: Takt");
        var documentId = Guid.NewGuid().ToString("N");
        var document = app.Grains.GetGrain<IDocumentGrain>(documentId);
        await document.CreateAsync(app.Administrator.Actor, workspace.Id, "Takt");
        var sends = new List<IReadOnlyList<AppliedOperation>>();
        var firstSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var allSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new HeldTimeProvider();
        await using var follower = await DocumentFollower.StartAsync(
            app.Grains,
            documentId,
            () => app.Administrator.Actor,
            operations =>
            {
                lock (sends)
                {
                    sends.Add([.. operations]);
                }

                (operations[^1].Version == 1 ? firstSent : operations[^1].Version == 3 ? allSent : null)?.SetResult();
                return Task.CompletedTask;
            },
            _ => { },
            () => 400,
            clock,
            NullLogger.Instance);
        IDocumentObserver observer = follower;

        observer.OnOperationsApplied(documentId, [Typed(1)]);
        await firstSent.Task.WaitAsync(Patience);
        await clock.WaitForTimerAsync(Patience);
        observer.OnOperationsApplied(documentId, [Typed(2)]);
        observer.OnOperationsApplied(documentId, [Typed(3)]);
        var sentDuringThePause = sends.Count;
        clock.ReleaseAll();
        await allSent.Task.WaitAsync(Patience);

        sentDuringThePause.Should().Be(1);
        sends.Select(send => send.Select(operation => operation.Version)).Should().BeEquivalentTo(
            new[] { new[] { 1 }, new[] { 2, 3 } },
            options => options.WithStrictOrdering());
    }

    [Fact]
    public void ThePauseBetweenSendsGrowsWithTheAudienceUpToItsBoundAndIsNoneForAFewEditors()
    {
        var forTen = DocumentFollower.PauseFor(10);
        var forFourHundred = DocumentFollower.PauseFor(400);
        var forTenThousand = DocumentFollower.PauseFor(10_000);

        forTen.Should().Be(TimeSpan.Zero);
        forFourHundred.Should().Be(TimeSpan.FromMilliseconds(30));
        forTenThousand.Should().Be(DocumentFollower.MaxPause);
    }

    // The write that made version v inserted one character at the end of v - 1 characters.
    private static AppliedOperation Typed(int version) =>
        new(new OperationId("anna", version), version, TextOperation.Replace(version - 1, version - 1, version - 1, "a"));
}
