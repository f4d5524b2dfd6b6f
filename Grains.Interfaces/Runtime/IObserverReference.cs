namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>
/// Implemented by every reference that <see cref="IGrainFactory.CreateObjectReference{TObserver}"/> returns.
/// A reference becomes defunct when it is deleted or when its subscriber fell so far behind that its bounded
/// queue overflowed; a subscriber that finds its reference defunct creates a new one and reloads.
/// </summary>
public interface IObserverReference
{
    /// <summary>Whether notifications sent through this reference are dropped from now on.</summary>
    bool IsDefunct { get; }
}
