using Kooperationsraum.Grains.Interfaces.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kooperationsraum.Silo.Runtime;

/// <summary>
/// One activation of a grain, from its first call to its deactivation: it admits turns, runs them one at a time
/// (or interleaved for a reentrant class), owns the timers and persistent states, and writes changed state last.
/// </summary>
internal sealed class GrainActivation : IGrainContext
{
    private readonly Lock gate = new();
    private readonly GrainHost host;
    private readonly SemaphoreSlim? turns;
    private readonly Lazy<Task<Grain>> activation;
    private readonly TaskCompletionSource deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<IPersistentStateLifecycle> states = [];
    private readonly List<GrainTimer> timers = [];
    private AsyncServiceScope? scope;
    private int running;
    private bool deactivating;
    private bool deactivationStarted;
    private DeactivationReason reason;
    private DateTimeOffset lastCall;

    public GrainActivation(GrainHost host, GrainId id)
    {
        this.host = host;
        Id = id;
        turns = id.GrainClass.IsDefined(typeof(ReentrantAttribute), inherit: true) ? null : new SemaphoreSlim(1, 1);
        activation = new Lazy<Task<Grain>>(() => Task.Run(ActivateAsync));
        lastCall = host.TimeProvider.GetUtcNow();
    }

    public GrainId Id { get; }

    /// <summary>Completes once the activation is gone and its state is written.</summary>
    public Task Deactivated => deactivated.Task;

    public string Key => Id.Key;

    public IGrainFactory GrainFactory => host.GrainFactory;

    public TimeProvider TimeProvider => host.TimeProvider;

    /// <summary>Admits a turn unless the activation is deactivating; an admitted turn must be run by <see cref="RunTurnAsync"/>.</summary>
    public bool TryEnter(bool isCall)
    {
        lock (gate)
        {
            if (deactivating)
            {
                return false;
            }

            running++;
            if (isCall)
            {
                lastCall = host.TimeProvider.GetUtcNow();
            }

            return true;
        }
    }

    /// <summary>
    /// Runs an admitted turn. <paramref name="cancellationToken"/> only withdraws a turn that is still waiting; a turn
    /// that has begun runs to its end, holding the activation across its awaits unless the class is reentrant.
    /// </summary>
    public async Task<TResult> RunTurnAsync<TResult>(Func<object, Task<TResult>> turn, bool isCall, CancellationToken cancellationToken)
    {
        try
        {
            var grain = await activation.Value.WaitAsync(cancellationToken);
            if (turns is null)
            {
                return await turn(grain);
            }

            await turns.WaitAsync(cancellationToken);
            try
            {
                return await turn(grain);
            }
            finally
            {
                turns.Release();
            }
        }
        finally
        {
            Exit(isCall);
        }
    }

    /// <summary>Admits no more turns and deactivates once the admitted ones have ended.</summary>
    public Task DeactivateAsync(DeactivationReason why)
    {
        bool start;
        lock (gate)
        {
            if (!deactivating)
            {
                deactivating = true;
                reason = why;
            }

            start = running == 0 && !deactivationStarted;
            deactivationStarted |= start;
        }

        if (start)
        {
            _ = Task.Run(DeactivateCoreAsync);
        }

        return deactivated.Task;
    }

    /// <summary>Deactivates the activation if no turn runs and no call came after <paramref name="idleSince"/>; null otherwise.</summary>
    public Task? DeactivateIfIdle(DateTimeOffset idleSince)
    {
        lock (gate)
        {
            if (deactivating || running > 0 || lastCall > idleSince)
            {
                return null;
            }

            deactivating = true;
            deactivationStarted = true;
            reason = DeactivationReason.IdleTimeout;
        }

        _ = Task.Run(DeactivateCoreAsync);
        return deactivated.Task;
    }

    public void DeactivateOnIdle() => _ = DeactivateAsync(DeactivationReason.ApplicationRequested);

    public IDisposable RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        lock (gate)
        {
            if (deactivationStarted)
            {
                throw new InvalidOperationException($"{Id} is deactivating and takes no more timers.");
            }

            var timer = new GrainTimer(this, callback, dueTime, period, host.TimeProvider, host.Logger);
            timers.Add(timer);
            return timer;
        }
    }

    public void Forget(GrainTimer timer)
    {
        lock (gate)
        {
            timers.Remove(timer);
        }
    }

    private void Exit(bool isCall)
    {
        bool start;
        lock (gate)
        {
            running--;
            if (isCall)
            {
                lastCall = host.TimeProvider.GetUtcNow();
            }

            start = deactivating && running == 0 && !deactivationStarted;
            deactivationStarted |= start;
        }

        if (start)
        {
            _ = Task.Run(DeactivateCoreAsync);
        }
    }

    private async Task<Grain> ActivateAsync()
    {
        try
        {
            scope = host.Services.CreateAsyncScope();
            var grain = GrainConstructor.Create(Id, scope.Value.ServiceProvider, this, host.Storage, host.LogStorage, states);
            ((IGrainBinding)grain).Bind(this);
            foreach (var state in states)
            {
                await state.ReadStateAsync();
            }

            using var timeout = new CancellationTokenSource(host.Options.CallTimeout, host.TimeProvider);
            await grain.OnActivateAsync(timeout.Token);
            return grain;
        }
        catch (Exception exception)
        {
            // The turns waiting for this activation fail with the exception; later calls get a fresh activation.
            host.Logger.LogError(exception, "Activating {Grain} failed.", Id);
            _ = DeactivateAsync(DeactivationReason.ApplicationRequested);
            throw;
        }
    }

    private async Task DeactivateCoreAsync()
    {
        try
        {
            var grain = await ActivatedGrainOrNullAsync();
            DisposeTimers();
            if (grain is not null)
            {
                await RunLastTurnAsync(grain);
            }

            if (scope is { } services)
            {
                await services.DisposeAsync();
            }
        }
        catch (Exception exception)
        {
            host.Logger.LogError(exception, "Deactivating {Grain} failed.", Id);
        }
        finally
        {
            host.Remove(this);
            deactivated.TrySetResult();
        }
    }

    private async Task<Grain?> ActivatedGrainOrNullAsync()
    {
        if (!activation.IsValueCreated)
        {
            return null;
        }

        // A failed activation was logged when it failed and has nothing to deactivate.
        await ((Task)activation.Value).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return activation.Value.IsCompletedSuccessfully ? activation.Value.Result : null;
    }

    private async Task RunLastTurnAsync(Grain grain)
    {
        using (var timeout = new CancellationTokenSource(host.Options.CallTimeout, host.TimeProvider))
        {
            try
            {
                await grain.OnDeactivateAsync(reason, timeout.Token);
            }
            catch (Exception exception)
            {
                host.Logger.LogError(exception, "OnDeactivateAsync of {Grain} failed; its state is written all the same.", Id);
            }
        }

        foreach (var state in states)
        {
            try
            {
                await state.WriteIfChangedAsync();
            }
            catch (Exception exception)
            {
                host.Logger.LogError(exception, "Writing the state of {Grain} at deactivation failed; the change is lost.", Id);
            }
        }
    }

    private void DisposeTimers()
    {
        GrainTimer[] snapshot;
        lock (gate)
        {
            snapshot = [.. timers];
        }

        foreach (var timer in snapshot)
        {
            timer.Dispose();
        }
    }
}
