using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Tests.Silo.TestGrains;

public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> counter, GrainProbe probe)
    : Grain, ICounterGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.RecordActivation(GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        probe.RecordDeactivationAsync(GetPrimaryKeyString(), reason);

    public Task<int> IncrementAsync() => Task.FromResult(++counter.State.Count);

    public Task<int> GetAsync() => Task.FromResult(counter.State.Count);

    public Task<string> GetLabelAsync() => Task.FromResult(counter.State.Label);

    public Task SetAndWriteAsync(int count)
    {
        counter.State.Count = count;
        return counter.WriteStateAsync();
    }

    public Task ClearAsync() => counter.ClearStateAsync();

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task FailAsync(string message) => throw new InvalidOperationException(message);
}
