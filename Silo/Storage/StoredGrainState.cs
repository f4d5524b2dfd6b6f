namespace Kooperationsraum.Silo.Storage;

/// <summary>
/// A stored record. <paramref name="Payload"/> is the state as JSON, or null when the state was cleared: a cleared
/// record keeps its ETag, so that a write based on the state from before the clear still fails.
/// </summary>
public sealed record StoredGrainState(string? Payload, string Etag);
