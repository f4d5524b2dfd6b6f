using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Web.Services;

/// <summary>
/// A live subscription of one local observer to one grain. It renews itself well within the grain's expiry,
/// which also keeps the grain active while someone watches; replaces a reference that went defunct (its
/// subscriber fell behind) and then reports that events were missed, so the owner reloads; and unsubscribes on
/// dispose, so that nothing leaks when a tab or a connection closes.
/// </summary>
public sealed class GrainSubscription<TObserver> : IAsyncDisposable
    where TObserver : class, IGrainObserver
{
    public static readonly TimeSpan RenewalInterval = TimeSpan.FromMinutes(1);

    private readonly IGrainFactory grains;
    private readonly TObserver observer;
    private readonly Func<TObserver, Task> subscribe;
    private readonly Func<TObserver, Task> unsubscribe;
    private readonly Func<Task> onMissed;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private TObserver reference;
    private Task renewal = Task.CompletedTask;

    private GrainSubscription(
        IGrainFactory grains,
        TObserver observer,
        Func<TObserver, Task> subscribe,
        Func<TObserver, Task> unsubscribe,
        Func<Task> onMissed,
        ILogger logger)
    {
        this.grains = grains;
        this.observer = observer;
        this.subscribe = subscribe;
        this.unsubscribe = unsubscribe;
        this.onMissed = onMissed;
        this.logger = logger;
        reference = grains.CreateObjectReference(observer);
    }

    /// <summary>Subscribes <paramref name="observer"/> through <paramref name="subscribe"/>, which the grain treats as a renewal when repeated.</summary>
    public static async Task<GrainSubscription<TObserver>> StartAsync(
        IGrainFactory grains,
        TObserver observer,
        Func<TObserver, Task> subscribe,
        Func<TObserver, Task> unsubscribe,
        Func<Task> onMissed,
        ILogger logger)
    {
        var subscription = new GrainSubscription<TObserver>(grains, observer, subscribe, unsubscribe, onMissed, logger);
        try
        {
            await subscribe(subscription.reference);
        }
        catch
        {
            grains.DeleteObjectReference(subscription.reference);
            throw;
        }

        subscription.renewal = subscription.RenewAsync();
        return subscription;
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
            var missed = reference is IObserverReference { IsDefunct: true };
            if (missed)
            {
                reference = grains.CreateObjectReference(observer);
            }

            await subscribe(reference);
            if (missed)
            {
                await onMissed();
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Renewing a subscription failed; retrying at the next interval.");
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
            await unsubscribe(reference);
        }
        catch (Exception exception)
        {
            logger.LogDebug(exception, "Unsubscribing failed; the subscription expires on its own.");
        }

        grains.DeleteObjectReference(reference);
        stopping.Dispose();
    }
}
