using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Tests.Silo.TestGrains;

public sealed class CycleGrain : Grain, ICycleGrain
{
    public Task RelayAsync(string[] route) =>
        route.Length == 0 ? Task.CompletedTask : GrainFactory.GetGrain<ICycleGrain>(route[0]).RelayAsync(route[1..]);
}
