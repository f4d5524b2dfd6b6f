namespace Kooperationsraum.Silo.Storage;

/// <summary>
/// Where grain state is kept. Every write names the ETag it was based on; a write whose ETag is not the stored one
/// throws <see cref="Grains.Interfaces.Runtime.InconsistentStateException"/> and overwrites nothing.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Creates or migrates the schema; the host calls it once at start, before the first grain call.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The stored record, or null when none was ever written.</summary>
    Task<StoredGrainState?> ReadAsync(GrainStateId id, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="payload"/> if the stored ETag is <paramref name="expectedEtag"/> (null: no record may
    /// exist yet) and returns the new ETag once the write is durable.
    /// </summary>
    Task<string> WriteAsync(GrainStateId id, string payload, string? expectedEtag, CancellationToken cancellationToken);

    /// <summary>Clears the record under the same ETag check as <see cref="WriteAsync"/> and returns the new ETag.</summary>
    Task<string> ClearAsync(GrainStateId id, string? expectedEtag, CancellationToken cancellationToken);
}
