using System.Collections.Concurrent;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Silo.Hosting;
using Kooperationsraum.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kooperationsraum.Silo.Runtime;

/// <summary>
/// Keeps at most one activation per grain, routes every call to it under the call timeout, collects idle
/// activations, and on shutdown deactivates every activation so that its state is written.
/// </summary>
internal sealed class GrainHost(
    IServiceProvider services,
    IGrainStorage storage,
    IGrainLogStorage logStorage,
    IOptions<GrainHostOptions> options,
    TimeProvider timeProvider,
    ILogger<GrainHost> logger) : IHostedService
{
    private readonly ConcurrentDictionary<GrainId, GrainActivation> activations = new();
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stopCollecting = new();
    private Task collecting = Task.CompletedTask;
    private volatile bool stopping;

    public GrainHostOptions Options => options.Value;

    public IServiceProvider Services => services;

    public IGrainStorage Storage => storage;

    public IGrainLogStorage LogStorage => logStorage;

    public TimeProvider TimeProvider => timeProvider;

    public ILogger Logger => logger;

    public IGrainFactory GrainFactory => services.GetRequiredService<IGrainFactory>();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await storage.InitializeAsync(cancellationToken);
        started.TrySetResult();
        collecting = CollectIdleActivationsAsync(stopCollecting.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        stopping = true;

        // A call reads the flag after adding its activation, and this method reads the activations after setting
        // the flag; the fence keeps both orders, so every activation a call may still run on is deactivated below.
        Interlocked.MemoryBarrier();
        await stopCollecting.CancelAsync();
        await collecting;
        try
        {
            // Repeated because a call admitted just before stopping may have created one more activation.
            while (!activations.IsEmpty)
            {
                await Task.WhenAll(activations.Values.Select(a => a.DeactivateAsync(DeactivationReason.ShuttingDown)))
                    .WaitAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Shutdown ended before {Count} activations were deactivated; state they did not write is lost.", activations.Count);
        }
    }

    public async Task<TResult> InvokeAsync<TResult>(GrainId id, Func<object, Task<TResult>> call)
    {
        using var timeout = new CancellationTokenSource(Options.CallTimeout, timeProvider);

        // Grain code runs on the thread pool, never on the caller's synchronization context (a Blazor circuit's, say).
        var work = Task.Run(() => DispatchAsync(id, call, timeout.Token), CancellationToken.None);
        try
        {
            return await work.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The call to {id} did not complete within {Options.CallTimeout}; non-reentrant grains that call each other in a cycle end this way.");
        }
    }

    public void Remove(GrainActivation activation) =>
        activations.TryRemove(new KeyValuePair<GrainId, GrainActivation>(activation.Id, activation));

    private async Task<TResult> DispatchAsync<TResult>(GrainId id, Func<object, Task<TResult>> call, CancellationToken cancellationToken)
    {
        await started.Task.WaitAsync(cancellationToken);
        while (true)
        {
            var activation = activations.GetOrAdd(id, static (id, host) => new GrainActivation(host, id), this);
            if (stopping)
            {
                // StopAsync may have looked at the activations before this one was added.
                _ = activation.DeactivateAsync(DeactivationReason.ShuttingDown);
                throw new InvalidOperationException($"The grain host is shutting down; the call to {id} was refused.");
            }

            if (activation.TryEnter(isCall: true))
            {
                return await activation.RunTurnAsync(call, isCall: true, cancellationToken);
            }

            // The activation is deactivating: once its state is written it is gone, and a fresh one reads that state.
            await activation.Deactivated.WaitAsync(cancellationToken);
        }
    }

    private async Task CollectIdleActivationsAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Options.CollectionInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var idleSince = timeProvider.GetUtcNow() - Options.IdleTimeout;
                await Task.WhenAll(activations.Values.Select(a => a.DeactivateIfIdle(idleSince)).OfType<Task>());
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug("Idle collection stopped.");
        }
    }
}
