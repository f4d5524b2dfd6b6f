namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>
/// Marker for observer interfaces. Observer methods return <c>void</c>: a notification is one-way, so a grain
/// never waits for a subscriber and a slow subscriber cannot hold a grain back.
/// </summary>
public interface IGrainObserver;
