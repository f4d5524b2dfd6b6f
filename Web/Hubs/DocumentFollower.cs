using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Web.Services;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Follows one document for the hub: forwards each batch of applied operations to the document's group, one
/// send at a time so batches leave in version order.
/// </summary>
public sealed class DocumentFollower : IDocumentObserver, IAsyncDisposable
{
    private readonly Func<IReadOnlyList<AppliedOperation>, Task> forward;
    private readonly ILogger logger;
    private readonly SemaphoreSlim sending = new(1, 1);
    private GrainSubscription<IDocumentObserver>? subscription;

    private DocumentFollower(Func<IReadOnlyList<AppliedOperation>, Task> forward, ILogger logger)
    {
        this.forward = forward;
        this.logger = logger;
    }

    public static async Task<DocumentFollower> StartAsync(
        IGrainFactory grains, string documentId, Func<IReadOnlyList<AppliedOperation>, Task> forward, ILogger logger)
    {
        var document = grains.GetGrain<IDocumentGrain>(documentId);
        var follower = new DocumentFollower(forward, logger);

        // Editors notice missed batches by their versions and fetch them, so a lost reference needs no reload here.
        follower.subscription = await GrainSubscription<IDocumentObserver>.StartAsync(
            grains, follower, document.SubscribeAsync, document.UnsubscribeAsync, () => Task.CompletedTask, logger);
        return follower;
    }

    void IDocumentObserver.OnOperationsApplied(string documentId, IReadOnlyList<AppliedOperation> operations) =>
        _ = SendAsync(operations);

    private async Task SendAsync(IReadOnlyList<AppliedOperation> operations)
    {
        await sending.WaitAsync();
        try
        {
            await forward(operations);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Forwarding document operations to the hub failed.");
        }
        finally
        {
            sending.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (subscription is not null)
        {
            await subscription.DisposeAsync();
        }
    }
}
