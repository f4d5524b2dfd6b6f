using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Tests.Silo.TestGrains;

namespace Kooperationsraum.Tests.Silo;

[Collection(SiloCollection.Name)]
public sealed class ObserverTests(SiloFixture fixture)
{
    private IGrainFactory Grains => fixture.Silo.Grains;

    [Fact]
    public async Task NotificationsArriveInOrder()
    {
        var publisher = Grains.GetGrain<IPublisherGrain>(Guid.NewGuid().ToString());
        var observer = new RecordingObserver(expected: 500);
        await publisher.SubscribeAsync(Grains.CreateObjectReference<INumberObserver>(observer));

        await publisher.PublishAsync(1, 500);

        (await observer.Completed).Should().Equal(Enumerable.Range(1, 500));
    }

    [Fact]
    public async Task ABlockedSubscriberHoldsBackNeitherTheGrainNorOtherSubscribers()
    {
        var publisher = Grains.GetGrain<IPublisherGrain>(Guid.NewGuid().ToString());
        using var blocked = new BlockingObserver();
        var other = new RecordingObserver(expected: 100);
        await publisher.SubscribeAsync(Grains.CreateObjectReference<INumberObserver>(blocked));
        await publisher.SubscribeAsync(Grains.CreateObjectReference<INumberObserver>(other));

        await publisher.PublishAsync(1, 100);
        var receivedByOther = await other.Completed;
        await blocked.Entered;

        receivedByOther.Should().Equal(Enumerable.Range(1, 100));
        blocked.ReceivedCount.Should().Be(1);
        (await publisher.GetSubscriberCountAsync()).Should().Be(2);
    }

    [Fact]
    public async Task AnOverflowingQueueMakesTheReferenceDefunctAndTheGrainDropsIt()
    {
        await using var silo = await TestSilo.StartAsync(
            fixture.Folder.NewDatabasePath(),
            new Dictionary<string, string?> { ["Kooperationsraum:GrainHost:ObserverQueueCapacity"] = "10" });
        var publisher = silo.Grains.GetGrain<IPublisherGrain>("publisher");
        using var blocked = new BlockingObserver();
        var reference = silo.Grains.CreateObjectReference<INumberObserver>(blocked);
        await publisher.SubscribeAsync(reference);

        await publisher.PublishAsync(1, 50);
        await publisher.PublishAsync(51, 1);

        ((IObserverReference)reference).IsDefunct.Should().BeTrue();
        (await publisher.GetSubscriberCountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task ADeletedReferenceIsDefunctAndReceivesNothing()
    {
        var publisher = Grains.GetGrain<IPublisherGrain>(Guid.NewGuid().ToString());
        var observer = new RecordingObserver(expected: 1);
        var reference = Grains.CreateObjectReference<INumberObserver>(observer);
        await publisher.SubscribeAsync(reference);

        Grains.DeleteObjectReference(reference);
        await publisher.PublishAsync(1, 10);

        ((IObserverReference)reference).IsDefunct.Should().BeTrue();
        (await publisher.GetSubscriberCountAsync()).Should().Be(0);
        observer.ReceivedCount.Should().Be(0);
    }

    [Fact]
    public async Task AnObserverThatThrowsStillReceivesLaterNotifications()
    {
        var publisher = Grains.GetGrain<IPublisherGrain>(Guid.NewGuid().ToString());
        var observer = new RecordingObserver(expected: 3, throwAfter: 1);
        await publisher.SubscribeAsync(Grains.CreateObjectReference<INumberObserver>(observer));

        await publisher.PublishAsync(1, 3);

        (await observer.Completed).Should().Equal(1, 2, 3);
    }
}
