namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>
/// A grain's append-only log of entries, kept beside its <see cref="IPersistentState{TState}"/>: the state is a
/// snapshot written now and then, the log holds what happened since, in small durable appends. Entries are numbered
/// by sequence from 0 without gaps. Every append and truncation is checked against <see cref="NextSequence"/> as the
/// last read or append left it, so a second writer fails with <see cref="InconsistentStateException"/> and changes
/// nothing. Unlike a state, the host does not read a log before activation: the grain reads it from where its
/// snapshot ends.
/// </summary>
public interface IPersistentLog<TEntry>
{
    /// <summary>The sequence the next appended entry gets: the number of entries ever appended, truncated ones included.</summary>
    long NextSequence { get; }

    /// <summary>
    /// Reads the entries from <paramref name="fromSequence"/> to the end, in order, and <see cref="NextSequence"/> with
    /// them. Throws <see cref="InvalidOperationException"/> when some of them were truncated or when
    /// <paramref name="fromSequence"/> lies beyond the end.
    /// </summary>
    Task<IReadOnlyList<TEntry>> ReadAsync(long fromSequence);

    /// <summary>
    /// Appends <paramref name="entries"/> (at least one) at <see cref="NextSequence"/> in one durable write and returns
    /// once the storage has committed it.
    /// </summary>
    Task AppendAsync(IReadOnlyList<TEntry> entries);

    /// <summary>
    /// Deletes every entry below <paramref name="beforeSequence"/> (at most <see cref="NextSequence"/>), typically once
    /// a snapshot holds them; the numbering goes on, so a later append still continues at <see cref="NextSequence"/>.
    /// </summary>
    Task TruncateAsync(long beforeSequence);
}
