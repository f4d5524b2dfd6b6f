namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>Addresses grains by key and turns local objects into observer references, as Orleans's grain factory.</summary>
public interface IGrainFactory
{
    /// <summary>Returns a reference to the grain with this key; the grain is activated on its first call.</summary>
    TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey;

    /// <summary>
    /// Wraps a local observer in a reference that a grain may hold. Notifications travel through a bounded queue
    /// per reference, so the grain never runs the observer's code on its own turn.
    /// </summary>
    TObserver CreateObjectReference<TObserver>(TObserver observer) where TObserver : class, IGrainObserver;

    /// <summary>Makes a reference defunct; notifications still queued for it are dropped.</summary>
    void DeleteObjectReference<TObserver>(TObserver reference) where TObserver : class, IGrainObserver;
}
