namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>
/// The subscribers of a grain. A subscription expires unless renewed within <c>expiration</c>, so a subscriber
/// that vanished without unsubscribing is dropped; defunct references are dropped at the next notification.
/// Subscribers renew by subscribing again; renewal also keeps the grain from going idle while it is watched.
/// </summary>
public sealed class ObserverManager<TObserver>(TimeSpan expiration, TimeProvider timeProvider)
    where TObserver : class, IGrainObserver
{
    private readonly Dictionary<TObserver, DateTimeOffset> subscribers = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many live subscriptions there are.</summary>
    public int Count => subscribers.Count;

    /// <summary>Adds or renews a subscription.</summary>
    public void Subscribe(TObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        subscribers[observer] = timeProvider.GetUtcNow();
    }

    /// <summary>Removes a subscription; unknown observers are ignored.</summary>
    public void Unsubscribe(TObserver observer) => subscribers.Remove(observer);

    /// <summary>Whether <paramref name="observer"/> is subscribed (it may have expired since the last notification).</summary>
    public bool Contains(TObserver observer) => subscribers.ContainsKey(observer);

    /// <summary>Sends a notification to every live subscriber and drops the expired and defunct ones.</summary>
    public void Notify(Action<TObserver> notification) => Notify(notification, _ => true);

    /// <summary>
    /// Sends a notification to every live subscriber that <paramref name="include"/> selects, and drops the expired and
    /// defunct ones, selected or not.
    /// </summary>
    public void Notify(Action<TObserver> notification, Func<TObserver, bool> include)
    {
        var now = timeProvider.GetUtcNow();
        List<TObserver>? dropped = null;
        foreach (var (observer, renewedAt) in subscribers)
        {
            if (now - renewedAt > expiration || observer is IObserverReference { IsDefunct: true })
            {
                (dropped ??= []).Add(observer);
                continue;
            }

            if (include(observer))
            {
                notification(observer);
            }
        }

        if (dropped is not null)
        {
            foreach (var observer in dropped)
            {
                subscribers.Remove(observer);
            }
        }
    }
}
