using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Tests.Silo.TestGrains;

public sealed class PublisherGrain(TimeProvider timeProvider) : Grain, IPublisherGrain
{
    private readonly ObserverManager<INumberObserver> observers = new(TimeSpan.FromMinutes(5), timeProvider);

    public Task SubscribeAsync(INumberObserver observer)
    {
        observers.Subscribe(observer);
        return Task.CompletedTask;
    }

    public Task PublishAsync(int first, int count)
    {
        foreach (var number in Enumerable.Range(first, count))
        {
            observers.Notify(observer => observer.OnNumber(number));
        }

        return Task.CompletedTask;
    }

    public Task<int> GetSubscriberCountAsync() => Task.FromResult(observers.Count);
}
