using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;

namespace Kooperationsraum.Web.Services;

/// <summary>
/// A live subscription to one workspace, held by a page or the hub bridge. It renews itself well within the
/// grain's expiry, which also keeps the grain active while someone watches, replaces a reference that went
/// defunct (its subscriber fell behind) and then asks for a reload, and unsubscribes on dispose so that
/// nothing leaks when a tab closes.
/// </summary>
public sealed class WorkspaceSubscription : IAsyncDisposable, IWorkspaceObserver
{
    public static readonly TimeSpan RenewalInterval = TimeSpan.FromMinutes(1);

    private readonly IGrainFactory grains;
    private readonly IWorkspaceGrain workspace;
    private readonly Actor actor;
    private readonly Func<WorkspaceEvent?, Task> onChanged;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly SemaphoreSlim delivery = new(1, 1);
    private IWorkspaceObserver reference;
    private Task renewal = Task.CompletedTask;

    private WorkspaceSubscription(
        IGrainFactory grains,
        IWorkspaceGrain workspace,
        Actor actor,
        Func<WorkspaceEvent?, Task> onChanged,
        ILogger logger)
    {
        this.grains = grains;
        this.workspace = workspace;
        this.actor = actor;
        this.onChanged = onChanged;
        this.logger = logger;
        reference = grains.CreateObjectReference<IWorkspaceObserver>(this);
    }

    internal static async Task<WorkspaceSubscription> StartAsync(
        IGrainFactory grains,
        IWorkspaceGrain workspace,
        Actor actor,
        Func<WorkspaceEvent?, Task> onChanged,
        ILogger logger)
    {
        var subscription = new WorkspaceSubscription(grains, workspace, actor, onChanged, logger);
        await workspace.SubscribeAsync(actor, subscription.reference);
        subscription.renewal = subscription.RenewAsync();
        return subscription;
    }

    void IWorkspaceObserver.OnWorkspaceEvent(WorkspaceEvent workspaceEvent) => _ = DeliverAsync(workspaceEvent);

    private async Task DeliverAsync(WorkspaceEvent? workspaceEvent)
    {
        // Callbacks run one after another, so a page applies events in the order the grain sent them.
        await delivery.WaitAsync();
        try
        {
            await onChanged(workspaceEvent);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "A workspace subscriber failed to handle an event.");
        }
        finally
        {
            delivery.Release();
        }
    }

    private async Task RenewAsync()
    {
        using var timer = new PeriodicTimer(RenewalInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping.Token))
            {
                await RenewOnceAsync();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RenewOnceAsync()
    {
        try
        {
            var missedEvents = reference is IObserverReference { IsDefunct: true };
            if (missedEvents)
            {
                reference = grains.CreateObjectReference<IWorkspaceObserver>(this);
            }

            await workspace.SubscribeAsync(actor, reference);
            if (missedEvents)
            {
                await DeliverAsync(null);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Renewing a workspace subscription failed; retrying at the next interval.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (stopping.IsCancellationRequested)
        {
            return;
        }

        await stopping.CancelAsync();
        await renewal;
        try
        {
            await workspace.UnsubscribeAsync(reference);
        }
        catch (Exception exception)
        {
            logger.LogDebug(exception, "Unsubscribing failed; the subscription expires on its own.");
        }

        grains.DeleteObjectReference(reference);
        stopping.Dispose();
    }
}
