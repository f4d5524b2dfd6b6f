using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// One applied operation in a document's operation log, as the editor submitted it: replaying <see cref="Operation"/>
/// on <see cref="BaseVersion"/> under <see cref="Id"/> onto the state the log continues rebuilds the text, the editors'
/// progress (so a resend is still recognised) and the transformation exactly, and must produce <see cref="Version"/>.
/// Author and time rebuild the revision history; with the organisation the author acted for, they count the editing
/// sessions (<see cref="EditTally"/>); entries logged before schema version 3 carry no organisation. Its shape belongs to
/// <see cref="DocumentState.CurrentSchemaVersion"/>.
/// </summary>
public sealed record DocumentLogEntry(
    OperationId Id,
    int BaseVersion,
    TextOperation Operation,
    int Version,
    string PersonId,
    string DisplayName,
    DateTimeOffset At,
    string? OrganisationId = null);
