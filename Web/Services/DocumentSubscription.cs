using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Web.Services;

/// <summary>
/// Follows one document for a page: tells the owner that the document changed (and also when changes may have
/// been missed), without the operations; a page that shows the text reloads it at its own pace. When the page's person
/// loses access, the owner is told once and nothing more is passed on.
/// </summary>
public sealed class DocumentSubscription : IAsyncDisposable, IDocumentObserver
{
    private readonly Actor actor;
    private readonly Func<Task> onChanged;
    private readonly Func<Task> onRevoked;
    private readonly ILogger logger;
    private GrainSubscription<IDocumentObserver>? subscription;
    private volatile bool revoked;

    private DocumentSubscription(Actor actor, Func<Task> onChanged, Func<Task> onRevoked, ILogger logger)
    {
        this.actor = actor;
        this.onChanged = onChanged;
        this.onRevoked = onRevoked;
        this.logger = logger;
    }

    internal static async Task<DocumentSubscription> StartAsync(
        IGrainFactory grains, IDocumentGrain document, Actor actor, Func<Task> onChanged, Func<Task> onRevoked, ILogger logger)
    {
        var follower = new DocumentSubscription(actor, onChanged, onRevoked, logger);
        follower.subscription = await GrainSubscription<IDocumentObserver>.StartAsync(
            grains,
            follower,
            reference => document.SubscribeAsync(actor, reference),
            document.UnsubscribeAsync,
            () => follower.revoked ? Task.CompletedTask : follower.NotifyAsync(onChanged),
            logger);
        return follower;
    }

    void IDocumentObserver.OnOperationsApplied(string documentId, IReadOnlyList<AppliedOperation> operations)
    {
        if (!revoked)
        {
            _ = NotifyAsync(onChanged);
        }
    }

    void IDocumentObserver.OnAccessRevoked(string documentId, IReadOnlyList<string> personIds)
    {
        // Administrators read every document, so a membership they lose takes nothing from them here.
        if (!revoked && !actor.IsAdministrator && personIds.Contains(actor.PersonId, StringComparer.Ordinal))
        {
            revoked = true;
            _ = NotifyAsync(onRevoked);
        }
    }

    private async Task NotifyAsync(Func<Task> notification)
    {
        try
        {
            await notification();
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
