using Kooperationsraum.Tests.Silo.TestGrains;

namespace Kooperationsraum.Tests.Silo;

[Collection(SiloCollection.Name)]
public sealed class TurnTests(SiloFixture fixture)
{
    [Fact]
    public async Task ConcurrentCallsToOneGrainNeverInterleave()
    {
        var grain = fixture.Silo.Grains.GetGrain<IOverlapGrain>(Guid.NewGuid().ToString());

        await Task.WhenAll(Enumerable.Range(0, 2000).Select(_ => Task.Run(() => grain.TouchAsync(TimeSpan.Zero))));

        (await grain.GetTurnsAsync()).Should().Be(2000);
        (await grain.GetOverlapsAsync()).Should().Be(0);
    }

    [Fact]
    public async Task CallsToAReentrantGrainInterleave()
    {
        var grain = fixture.Silo.Grains.GetGrain<IReentrantOverlapGrain>(Guid.NewGuid().ToString());

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => grain.TouchAsync(TimeSpan.FromMilliseconds(10)))));

        (await grain.GetTurnsAsync()).Should().Be(200);
        (await grain.GetOverlapsAsync()).Should().BePositive();
    }

    [Fact]
    public async Task TimerCallbacksRunAsTurns()
    {
        var grain = fixture.Silo.Grains.GetGrain<ITimerGrain>(Guid.NewGuid().ToString());

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => grain.TouchAsync(TimeSpan.FromMilliseconds(1)))));
        await Eventually.TrueAsync(async () => await grain.GetTicksAsync() >= 5);

        (await grain.GetOverlapsAsync()).Should().Be(0);
    }

    [Fact]
    public async Task ACallCycleEndsInATimeoutExceptionAndLeavesTheGrainsUsable()
    {
        await using var silo = await TestSilo.StartAsync(
            fixture.Folder.NewDatabasePath(),
            new Dictionary<string, string?> { ["Kooperationsraum:GrainHost:CallTimeout"] = "00:00:00.300" });
        var grain = silo.Grains.GetGrain<ICycleGrain>("a");

        var cycle = () => grain.RelayAsync(["b", "a"]);

        await cycle.Should().ThrowAsync<TimeoutException>();
        await grain.Invoking(g => g.RelayAsync(["b"])).Should().NotThrowAsync();
    }
}
