namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>What the host gives an activation: its key, the factory, timers and the request to deactivate.</summary>
public interface IGrainContext
{
    /// <summary>The key the grain was addressed by.</summary>
    string Key { get; }

    /// <summary>The factory for calls to other grains.</summary>
    IGrainFactory GrainFactory { get; }

    /// <summary>The clock grains use, so that tests can control time.</summary>
    TimeProvider TimeProvider { get; }

    /// <summary>Registers a timer whose callback runs as a turn of this activation; disposed on deactivation.</summary>
    IDisposable RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period);

    /// <summary>Asks the host to deactivate this activation once the current turn has ended.</summary>
    void DeactivateOnIdle();
}
