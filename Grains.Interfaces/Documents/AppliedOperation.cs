namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>
/// An operation as the document applied it: its id, the <see cref="Version"/> it produced (the document had
/// <c>Version - 1</c> before it) and the operation in the form that applies to that earlier version. This is
/// what every editor receives, in version order; one that sees a gap fetches what it missed.
/// </summary>
public sealed record AppliedOperation(OperationId Id, int Version, TextOperation Operation);
