using System.Collections.Concurrent;
using Kooperationsraum.Silo.Storage;

namespace Kooperationsraum.Tests.Grains.Hosting;

/// <summary>
/// The host's real state and log storage, counting its reads and committed writes per grain; a write is a state write
/// or clear or a log append. A read marks a fresh activation, so a test can tell a grain that came back from one that
/// never left; a write count shows that a refused command wrote nothing. Writes of a chosen grain can be made to fail,
/// as a full disk or a lost database connection would, or be held back, as a slow disk would, so that what arrives
/// meanwhile has to wait for the next write; a held write fails when writes were made to fail before its release.
/// </summary>
public sealed class RecordingGrainStorage(IGrainStorage storage, IGrainLogStorage logs) : IGrainStorage, IGrainLogStorage
{
    private readonly ConcurrentDictionary<(string GrainType, string GrainKey), int> reads = new();
    private readonly ConcurrentDictionary<(string GrainType, string GrainKey), int> writes = new();
    private readonly ConcurrentDictionary<(string GrainType, string GrainKey), int> appends = new();
    private readonly ConcurrentDictionary<(string GrainType, string GrainKey), int> truncations = new();
    private readonly ConcurrentDictionary<(string GrainType, string GrainKey), bool> failing = new();
    private readonly ConcurrentDictionary<(string GrainType, string GrainKey), TaskCompletionSource> held = new();
    private readonly ConcurrentDictionary<(string GrainType, string GrainKey), int> stopped = new();

    /// <summary>How often the state of the grain of class <typeparamref name="TGrain"/> with this key was read.</summary>
    public int ReadsOf<TGrain>(string key) => reads.GetValueOrDefault(Key<TGrain>(key));

    /// <summary>How many writes and clears of that grain's state and appends to its logs storage has committed.</summary>
    public int WritesOf<TGrain>(string key) => writes.GetValueOrDefault(Key<TGrain>(key));

    /// <summary>The keys of every grain of class <typeparamref name="TGrain"/> whose state storage has committed a write of.</summary>
    public IReadOnlySet<string> KeysWrittenOf<TGrain>() =>
        writes.Keys.Where(key => key.GrainType == typeof(TGrain).FullName).Select(key => key.GrainKey).ToHashSet();

    /// <summary>How many of those writes were appends to that grain's logs.</summary>
    public int AppendsOf<TGrain>(string key) => appends.GetValueOrDefault(Key<TGrain>(key));

    /// <summary>How many truncations of that grain's logs storage has committed.</summary>
    public int TruncationsOf<TGrain>(string key) => truncations.GetValueOrDefault(Key<TGrain>(key));

    /// <summary>Makes every write of that grain fail, without touching storage, until <paramref name="fail"/> is false.</summary>
    public void FailWritesOf<TGrain>(string key, bool fail = true) => failing[Key<TGrain>(key)] = fail;

    /// <summary>Holds every write of that grain until the returned release is called.</summary>
    public Action HoldWritesOf<TGrain>(string key)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        held[Key<TGrain>(key)] = gate;
        return () =>
        {
            held.TryRemove(Key<TGrain>(key), out _);
            gate.TrySetResult();
        };
    }

    /// <summary>How many writes of that grain reached a hold of <see cref="HoldWritesOf{TGrain}"/>, so a test knows the grain waits.</summary>
    public int WritesHeldOf<TGrain>(string key) => stopped.GetValueOrDefault(Key<TGrain>(key));

    public Task InitializeAsync(CancellationToken cancellationToken) => storage.InitializeAsync(cancellationToken);

    public async Task<StoredGrainState?> ReadAsync(GrainStateId id, CancellationToken cancellationToken)
    {
        var stored = await storage.ReadAsync(id, cancellationToken);
        Count(reads, id);
        return stored;
    }

    public async Task<string> WriteAsync(GrainStateId id, string payload, string? expectedEtag, CancellationToken cancellationToken)
    {
        await AdmitWriteAsync(id, cancellationToken);
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

    public Task<StoredGrainLog> ReadAsync(GrainStateId id, long fromSequence, CancellationToken cancellationToken) =>
        logs.ReadAsync(id, fromSequence, cancellationToken);

    public async Task AppendAsync(GrainStateId id, long expectedNextSequence, int count, string payload, CancellationToken cancellationToken)
    {
        await AdmitWriteAsync(id, cancellationToken);
        await logs.AppendAsync(id, expectedNextSequence, count, payload, cancellationToken);
        Count(writes, id);
        Count(appends, id);
    }

    public async Task TruncateAsync(GrainStateId id, long expectedNextSequence, long beforeSequence, CancellationToken cancellationToken)
    {
        await logs.TruncateAsync(id, expectedNextSequence, beforeSequence, cancellationToken);
        Count(truncations, id);
    }

    private async Task AdmitWriteAsync(GrainStateId id, CancellationToken cancellationToken)
    {
        if (failing.GetValueOrDefault((id.GrainType, id.GrainKey)))
        {
            throw new IOException($"Writing {id} failed on purpose.");
        }

        if (held.TryGetValue((id.GrainType, id.GrainKey), out var gate))
        {
            Count(stopped, id);
            await gate.Task.WaitAsync(cancellationToken);

            // A disk can fail while a write waits on it.
            if (failing.GetValueOrDefault((id.GrainType, id.GrainKey)))
            {
                throw new IOException($"Writing {id} failed on purpose while it was held.");
            }
        }
    }

    private static (string GrainType, string GrainKey) Key<TGrain>(string key) => (typeof(TGrain).FullName!, key);

    private static void Count(ConcurrentDictionary<(string GrainType, string GrainKey), int> counts, GrainStateId id) =>
        counts.AddOrUpdate((id.GrainType, id.GrainKey), 1, (_, count) => count + 1);
}
