using System.Collections.Concurrent;
using Kooperationsraum.Silo.Storage;

namespace Kooperationsraum.Tests.Grains.Hosting;

/// <summary>
/// The host's real storage, counting its reads and committed writes per grain. A read marks a fresh activation, so a
/// test can tell a grain that came back from one that never left; a write count shows that a refused command wrote nothing.
/// Writes of a chosen grain can be made to fail, as a full disk or a lost database connection would, or be held
/// back, as a slow disk would, so that what arrives meanwhile has to wait for the next write.
/// </summary>
public sealed class RecordingGrainStorage(IGrainStorage storage) : IGrainStorage
{
    private readonly ConcurrentDictionary<(string GrainType, string GrainKey), int> reads = new();
    private readonly ConcurrentDictionary<(string GrainType, string GrainKey), int> writes = new();
    private readonly ConcurrentDictionary<(string GrainType, string GrainKey), bool> failing = new();
    private readonly ConcurrentDictionary<(string GrainType, string GrainKey), TaskCompletionSource> held = new();

    /// <summary>How often the state of the grain of class <typeparamref name="TGrain"/> with this key was read.</summary>
    public int ReadsOf<TGrain>(string key) => reads.GetValueOrDefault((typeof(TGrain).FullName!, key));

    /// <summary>How many writes and clears of that grain's state storage has committed.</summary>
    public int WritesOf<TGrain>(string key) => writes.GetValueOrDefault((typeof(TGrain).FullName!, key));

    /// <summary>The keys of every grain of class <typeparamref name="TGrain"/> whose state storage has committed a write of.</summary>
    public IReadOnlySet<string> KeysWrittenOf<TGrain>() =>
        writes.Keys.Where(key => key.GrainType == typeof(TGrain).FullName).Select(key => key.GrainKey).ToHashSet();

    /// <summary>Makes every write of that grain's state fail, without touching storage, until <paramref name="fail"/> is false.</summary>
    public void FailWritesOf<TGrain>(string key, bool fail = true) => failing[(typeof(TGrain).FullName!, key)] = fail;

    /// <summary>Holds every write of that grain's state until the returned release is called.</summary>
    public Action HoldWritesOf<TGrain>(string key)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        held[(typeof(TGrain).FullName!, key)] = gate;
        return () =>
        {
            held.TryRemove((typeof(TGrain).FullName!, key), out _);
            gate.TrySetResult();
        };
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => storage.InitializeAsync(cancellationToken);

    public async Task<StoredGrainState?> ReadAsync(GrainStateId id, CancellationToken cancellationToken)
    {
        var stored = await storage.ReadAsync(id, cancellationToken);
        Count(reads, id);
        return stored;
    }

    public async Task<string> WriteAsync(GrainStateId id, string payload, string? expectedEtag, CancellationToken cancellationToken)
    {
        if (failing.GetValueOrDefault((id.GrainType, id.GrainKey)))
        {
            throw new IOException($"Writing {id} failed on purpose.");
        }

        if (held.TryGetValue((id.GrainType, id.GrainKey), out var gate))
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        var etag = await storage.WriteAsync(id, payload, expectedEtag, cancellationToken);
        Count(writes, id);
        return etag;
    }

    public async Task<string> ClearAsync(GrainStateId id, string? expectedEtag, CancellationToken cancellationToken)
    {
        var etag = await storage.ClearAsync(id, expectedEtag, cancellationToken);
        Count(writes, id);
        return etag;
    }

    private static void Count(ConcurrentDictionary<(string GrainType, string GrainKey), int> counts, GrainStateId id) =>
        counts.AddOrUpdate((id.GrainType, id.GrainKey), 1, (_, count) => count + 1);
}
