namespace Kooperationsraum.Silo.Storage;

/// <summary>
/// Where grain logs are kept: per log a head (the next sequence) and its appends, each a run of entries as JSON. Every
/// append and truncation names the next sequence it expects; when the stored head differs it throws
/// <see cref="Grains.Interfaces.Runtime.InconsistentStateException"/> and changes nothing.
/// </summary>
public interface IGrainLogStorage
{
    /// <summary>The next sequence of the log and its stored appends that hold an entry at or after <paramref name="fromSequence"/>.</summary>
    Task<StoredGrainLog> ReadAsync(GrainStateId id, long fromSequence, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="count"/> entries, serialised together as <paramref name="payload"/>, at
    /// <paramref name="expectedNextSequence"/> if that is the stored head (0 for a log never appended to), and returns
    /// once the write is durable.
    /// </summary>
    Task AppendAsync(GrainStateId id, long expectedNextSequence, int count, string payload, CancellationToken cancellationToken);

    /// <summary>Deletes the appends whose entries all lie below <paramref name="beforeSequence"/>, under the same head check.</summary>
    Task TruncateAsync(GrainStateId id, long expectedNextSequence, long beforeSequence, CancellationToken cancellationToken);
}
