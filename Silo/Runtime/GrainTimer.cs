using Microsoft.Extensions.Logging;

namespace Kooperationsraum.Silo.Runtime;

/// <summary>
/// A grain timer: each tick runs as a turn of its activation, and the next tick is scheduled only after that turn,
/// so ticks never overlap and a slow callback delays the next tick instead of piling up.
/// </summary>
internal sealed class GrainTimer : IDisposable
{
    private readonly Lock gate = new();
    private readonly GrainActivation activation;
    private readonly Func<CancellationToken, Task> callback;
    private readonly TimeSpan period;
    private readonly ILogger logger;
    private readonly CancellationTokenSource disposed = new();
    private readonly ITimer timer;

    public GrainTimer(GrainActivation activation, Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period, TimeProvider timeProvider, ILogger logger)
    {
        this.activation = activation;
        this.callback = callback;
        this.period = period;
        this.logger = logger;

        // Created stopped, so that a tick never sees this constructor unfinished.
        timer = timeProvider.CreateTimer(static self => _ = ((GrainTimer)self!).TickAsync(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        timer.Change(dueTime, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed.IsCancellationRequested)
            {
                return;
            }

            disposed.Cancel();
            timer.Dispose();
        }

        activation.Forget(this);
    }

    private async Task TickAsync()
    {
        try
        {
            if (activation.TryEnter(isCall: false))
            {
                await activation.RunTurnAsync(
                    async _ =>
                    {
                        await callback(disposed.Token);
                        return true;
                    },
                    isCall: false,
                    disposed.Token);
            }
        }
        catch (OperationCanceledException) when (disposed.IsCancellationRequested)
        {
            logger.LogDebug("A tick of a timer of {Grain} ended because the timer was disposed.", activation.Id);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "A timer callback of {Grain} failed.", activation.Id);
        }

        lock (gate)
        {
            if (!disposed.IsCancellationRequested && period != Timeout.InfiniteTimeSpan)
            {
                timer.Change(period, Timeout.InfiniteTimeSpan);
            }
        }
    }
}
