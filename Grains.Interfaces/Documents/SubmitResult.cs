namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>
/// The document's answer to a submitted operation. <see cref="Version"/> is the version the operation produced
/// and <see cref="Applied"/> the operation as applied there. A resent operation is acknowledged again with
/// <see cref="WasDuplicate"/> set and the earlier answer. When that earlier entry is no longer retained,
/// <see cref="Applied"/> is null and <see cref="Version"/> is the oldest version the log still knows: the
/// operation was applied at or before it, and a client that far behind reloads anyway.
/// </summary>
public sealed record SubmitResult(OperationId Id, int Version, TextOperation? Applied, bool WasDuplicate);
