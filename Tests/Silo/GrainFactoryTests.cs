using Kooperationsraum.Tests.Silo.TestGrains;

namespace Kooperationsraum.Tests.Silo;

[Collection(SiloCollection.Name)]
public sealed class GrainFactoryTests(SiloFixture fixture)
{
    [Fact]
    public async Task AnExceptionThrownByAGrainReachesTheCallerUnchanged()
    {
        var counter = fixture.Silo.Grains.GetGrain<ICounterGrain>(Guid.NewGuid().ToString());

        var failing = () => counter.FailAsync("refused");

        await failing.Should().ThrowExactlyAsync<InvalidOperationException>().WithMessage("refused");
    }

    [Fact]
    public void ReferencesToTheSameGrainAreEqual()
    {
        var key = Guid.NewGuid().ToString();

        var first = fixture.Silo.Grains.GetGrain<ICounterGrain>(key);
        var second = fixture.Silo.Grains.GetGrain<ICounterGrain>(key);

        first.Should().Be(second);
        first.Should().NotBe(fixture.Silo.Grains.GetGrain<ICounterGrain>(key + "-other"));
    }

    [Fact]
    public async Task CallsAfterShutdownAreRefused()
    {
        var silo = await TestSilo.StartAsync(fixture.Folder.NewDatabasePath());
        var counter = silo.Grains.GetGrain<ICounterGrain>("late");

        await silo.DisposeAsync();
        var late = () => counter.IncrementAsync();

        await late.Should().ThrowAsync<InvalidOperationException>().WithMessage("*shutting down*");
    }
}
