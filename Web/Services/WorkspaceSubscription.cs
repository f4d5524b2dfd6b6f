using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;

namespace Kooperationsraum.Web.Services;

/// <summary>
/// Follows one workspace for a page or the hub bridge: hands every event to the owner in the order the grain
/// sent it, and null when events may have been missed, so the owner reloads.
/// </summary>
public sealed class WorkspaceSubscription : IAsyncDisposable, IWorkspaceObserver
{
    private readonly Func<WorkspaceEvent?, Task> onChanged;
    private readonly ILogger logger;
    private readonly SemaphoreSlim delivery = new(1, 1);
    private GrainSubscription<IWorkspaceObserver>? subscription;

    private WorkspaceSubscription(Func<WorkspaceEvent?, Task> onChanged, ILogger logger)
    {
        this.onChanged = onChanged;
        this.logger = logger;
    }

    internal static async Task<WorkspaceSubscription> StartAsync(
        IGrainFactory grains,
        IWorkspaceGrain workspace,
        Actor actor,
        Func<WorkspaceEvent?, Task> onChanged,
        ILogger logger)
    {
        var follower = new WorkspaceSubscription(onChanged, logger);
        follower.subscription = await GrainSubscription<IWorkspaceObserver>.StartAsync(
            grains,
            follower,
            reference => workspace.SubscribeAsync(actor, reference),
            workspace.UnsubscribeAsync,
            () => follower.DeliverAsync(null),
            logger);
        return follower;
    }

    void IWorkspaceObserver.OnWorkspaceEvent(WorkspaceEvent workspaceEvent) => _ = DeliverAsync(workspaceEvent);

    private async Task DeliverAsync(WorkspaceEvent? workspaceEvent)
    {
        // Callbacks run one after another, so the owner applies events in the order the grain sent them.
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

    public async ValueTask DisposeAsync()
    {
        if (subscription is not null)
        {
            await subscription.DisposeAsync();
        }
    }
}
