using System.Collections.Concurrent;
using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Tests.Silo.TestGrains;

/// <summary>Lets a test watch test grains from outside: activations, deactivations, and holding a deactivation open.</summary>
public sealed class GrainProbe
{
    private readonly ConcurrentDictionary<string, int> activations = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<DeactivationReason>> deactivations = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> holds = new();

    public int ActivationsOf(string key) => activations.GetValueOrDefault(key);

    /// <summary>Completes with the reason once the grain with this key has begun its first deactivation.</summary>
    public Task<DeactivationReason> DeactivationOf(string key) => Deactivation(key).Task.WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Keeps the next deactivation of this key inside OnDeactivateAsync until <see cref="ReleaseDeactivation"/>.</summary>
    public void HoldDeactivation(string key) => holds[key] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseDeactivation(string key) => holds[key].TrySetResult();

    public void RecordActivation(string key) => activations.AddOrUpdate(key, 1, (_, count) => count + 1);

    public Task RecordDeactivationAsync(string key, DeactivationReason reason)
    {
        Deactivation(key).TrySetResult(reason);
        return holds.TryGetValue(key, out var hold) ? hold.Task : Task.CompletedTask;
    }

    private TaskCompletionSource<DeactivationReason> Deactivation(string key) =>
        deactivations.GetOrAdd(key, _ => new TaskCompletionSource<DeactivationReason>(TaskCreationOptions.RunContinuationsAsynchronously));
}
