using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// Everything a <see cref="DocumentLog"/> needs to be rebuilt exactly: the snapshot, the retained operations
/// (all of those after the snapshot, and possibly some before it for late editors), and the editors' progress.
/// </summary>
public sealed record DocumentLogState(DocumentSnapshot Snapshot, IReadOnlyList<AppliedOperation> Operations, IReadOnlyList<ClientState> Clients);
