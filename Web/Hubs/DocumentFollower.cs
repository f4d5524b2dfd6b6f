using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Web.Services;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Follows one document for the hub: forwards the applied operations to the document's group, one send at a time
/// so that they leave in version order. Batches that arrive while a send is under way go out together in the next
/// one: when the fan-out to many editors is slower than the document's writes, every editor then gets fewer,
/// larger messages instead of a queue of small ones that grows with the number of editors.
/// </summary>
public sealed class DocumentFollower : IDocumentObserver, IAsyncDisposable
{
    private readonly Func<IReadOnlyList<AppliedOperation>, Task> forward;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private List<AppliedOperation>? waiting;
    private bool sending;
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

    void IDocumentObserver.OnOperationsApplied(string documentId, IReadOnlyList<AppliedOperation> operations)
    {
        lock (gate)
        {
            if (sending)
            {
                (waiting ??= []).AddRange(operations);
                return;
            }

            sending = true;
        }

        _ = SendAsync(operations);
    }

    private async Task SendAsync(IReadOnlyList<AppliedOperation> operations)
    {
        while (true)
        {
            try
            {
                await forward(operations);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Forwarding document operations to the hub failed.");
            }

            lock (gate)
            {
                if (waiting is null)
                {
                    sending = false;
                    return;
                }

                operations = waiting;
                waiting = null;
            }
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
