using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Web.Services;

/// <summary>
/// Follows one document for a page: tells the owner that the document changed (and also when changes may have
/// been missed), without the operations; a page that shows the text reloads it at its own pace.
/// </summary>
public sealed class DocumentSubscription : IAsyncDisposable, IDocumentObserver
{
    private readonly Func<Task> onChanged;
    private readonly ILogger logger;
    private GrainSubscription<IDocumentObserver>? subscription;

    private DocumentSubscription(Func<Task> onChanged, ILogger logger)
    {
        this.onChanged = onChanged;
        this.logger = logger;
    }

    internal static async Task<DocumentSubscription> StartAsync(IGrainFactory grains, IDocumentGrain document, Func<Task> onChanged, ILogger logger)
    {
        var follower = new DocumentSubscription(onChanged, logger);
        follower.subscription = await GrainSubscription<IDocumentObserver>.StartAsync(
            grains, follower, document.SubscribeAsync, document.UnsubscribeAsync, follower.NotifyAsync, logger);
        return follower;
    }

    void IDocumentObserver.OnOperationsApplied(string documentId, IReadOnlyList<AppliedOperation> operations) => _ = NotifyAsync();

    private async Task NotifyAsync()
    {
        try
        {
            await onChanged();
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "A document subscriber failed to handle a change.");
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
