using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Silo.Storage;

namespace Kooperationsraum.Silo.Runtime;

/// <summary>A grain's append-only log in <see cref="IGrainLogStorage"/>; each append is stored as one JSON array of its entries.</summary>
internal sealed class PersistentLog<TEntry>(IGrainLogStorage storage, GrainStateId id) : IPersistentLog<TEntry>
{
    public long NextSequence { get; private set; }

    public async Task<IReadOnlyList<TEntry>> ReadAsync(long fromSequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromSequence);
        var stored = await storage.ReadAsync(id, fromSequence, CancellationToken.None);
        var entries = new List<TEntry>();
        var expected = fromSequence;
        foreach (var append in stored.Appends)
        {
            if (append.FirstSequence > expected)
            {
                throw Truncated(fromSequence, expected);
            }

            var values = StateSerializer.Deserialize<List<TEntry>>(append.Payload)
                ?? throw new InvalidOperationException($"The append at {append.FirstSequence} of the log {id} is empty.");
            if (values.Count != append.Count)
            {
                throw new InvalidOperationException($"The append at {append.FirstSequence} of the log {id} holds {values.Count} entries, not {append.Count}.");
            }

            entries.AddRange(values.Skip((int)(expected - append.FirstSequence)));
            expected = append.FirstSequence + append.Count;
        }

        if (expected < stored.NextSequence)
        {
            throw Truncated(fromSequence, expected);
        }

        if (fromSequence > stored.NextSequence)
        {
            throw new InvalidOperationException($"The log {id} ends at {stored.NextSequence}; nothing was ever appended at {fromSequence}.");
        }

        NextSequence = stored.NextSequence;
        return entries;
    }

    public async Task AppendAsync(IReadOnlyList<TEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfZero(entries.Count);
        await storage.AppendAsync(id, NextSequence, entries.Count, StateSerializer.Serialize(entries), CancellationToken.None);
        NextSequence += entries.Count;
    }

    public Task TruncateAsync(long beforeSequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(beforeSequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(beforeSequence, NextSequence);
        return storage.TruncateAsync(id, NextSequence, beforeSequence, CancellationToken.None);
    }

    private InvalidOperationException Truncated(long fromSequence, long missing) =>
        new($"The log {id} no longer holds entry {missing}: it was truncated beyond {fromSequence}.");
}
