using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Tests.Silo.TestGrains;

namespace Kooperationsraum.Tests.Silo;

[Collection(SiloCollection.Name)]
public sealed class DeactivationTests(SiloFixture fixture)
{
    [Fact]
    public async Task AnIdleGrainIsDeactivatedAndComesBackWithItsState()
    {
        await using var silo = await TestSilo.StartAsync(
            fixture.Folder.NewDatabasePath(),
            new Dictionary<string, string?>
            {
                ["Kooperationsraum:GrainHost:IdleTimeout"] = "00:00:00.200",
                ["Kooperationsraum:GrainHost:CollectionInterval"] = "00:00:00.050",
            });
        var counter = silo.Grains.GetGrain<ICounterGrain>("idle");
        await counter.IncrementAsync();
        await counter.IncrementAsync();

        var reason = await silo.Probe.DeactivationOf("idle");
        var count = await counter.GetAsync();

        reason.Should().Be(DeactivationReason.IdleTimeout);
        count.Should().Be(2);
        silo.Probe.ActivationsOf("idle").Should().Be(2);
    }

    [Fact]
    public async Task AGrainDeactivatedOnItsOwnRequestComesBackWithItsState()
    {
        var key = Guid.NewGuid().ToString();
        var counter = fixture.Silo.Grains.GetGrain<ICounterGrain>(key);
        await counter.IncrementAsync();
        await counter.IncrementAsync();
        await counter.IncrementAsync();

        await counter.DeactivateAsync();
        var reason = await fixture.Silo.Probe.DeactivationOf(key);
        var count = await counter.GetAsync();

        reason.Should().Be(DeactivationReason.ApplicationRequested);
        count.Should().Be(3);
        fixture.Silo.Probe.ActivationsOf(key).Should().Be(2);
    }

    [Fact]
    public async Task ACallArrivingDuringDeactivationGoesToAFreshActivationThatSeesTheWrittenState()
    {
        var key = Guid.NewGuid().ToString();
        var probe = fixture.Silo.Probe;
        var counter = fixture.Silo.Grains.GetGrain<ICounterGrain>(key);
        probe.HoldDeactivation(key);
        await counter.IncrementAsync();
        await counter.DeactivateAsync();
        await probe.DeactivationOf(key);

        var lateCall = counter.IncrementAsync();
        probe.ReleaseDeactivation(key);
        var count = await lateCall;

        count.Should().Be(2);
        probe.ActivationsOf(key).Should().Be(2);
    }
}
