namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>
/// A grain's persistent state. The state is read before the grain activates; every write is checked against
/// the ETag of the last read or write, so a write based on stale state fails with
/// <see cref="InconsistentStateException"/> and overwrites nothing.
/// </summary>
public interface IPersistentState<TState> where TState : class, new()
{
    /// <summary>The state as last read or written.</summary>
    TState State { get; set; }

    /// <summary>The version tag of the stored record, or null when none exists.</summary>
    string? Etag { get; }

    /// <summary>Whether a stored record exists.</summary>
    bool RecordExists { get; }

    /// <summary>Reads the stored record into <see cref="State"/>.</summary>
    Task ReadStateAsync();

    /// <summary>Writes <see cref="State"/> durably; returns once the storage has committed it.</summary>
    Task WriteStateAsync();

    /// <summary>Deletes the stored record and resets <see cref="State"/>.</summary>
    Task ClearStateAsync();
}
