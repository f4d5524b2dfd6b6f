namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>
/// Base class of every grain, as in Orleans: one activation per key, one turn at a time unless the class is
/// <see cref="ReentrantAttribute">reentrant</see>, activated on first call and deactivated when idle.
/// </summary>
public abstract class Grain : IGrainBinding
{
    private IGrainContext? context;

    /// <summary>The activation's context; available from <see cref="OnActivateAsync"/> on.</summary>
    protected IGrainContext Context =>
        context ?? throw new InvalidOperationException("The grain is not bound to an activation yet.");

    /// <summary>The factory for calls to other grains.</summary>
    protected IGrainFactory GrainFactory => Context.GrainFactory;

    /// <summary>The key this grain was addressed by.</summary>
    public string GetPrimaryKeyString() => Context.Key;

    void IGrainBinding.Bind(IGrainContext grainContext)
    {
        if (context is not null)
        {
            throw new InvalidOperationException("The grain is already bound to an activation.");
        }

        context = grainContext;
    }

    /// <summary>Runs after the persistent state was read and before the first call.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs as the last turn of the activation, before the host writes changed state.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Registers a timer whose callback runs as a turn of this activation.</summary>
    protected IDisposable RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        Context.RegisterTimer(callback, dueTime, period);

    /// <summary>Asks the host to deactivate this activation after the current turn.</summary>
    protected void DeactivateOnIdle() => Context.DeactivateOnIdle();
}
