using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Tests.Silo.TestGrains;

public interface IPublisherGrain : IGrainWithStringKey
{
    Task SubscribeAsync(INumberObserver observer);

    /// <summary>Notifies every subscriber of <paramref name="count"/> numbers from <paramref name="first"/> on, in order.</summary>
    Task PublishAsync(int first, int count);

    Task<int> GetSubscriberCountAsync();
}
