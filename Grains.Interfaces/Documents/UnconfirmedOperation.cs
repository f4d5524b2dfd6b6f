namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>One of an editor's unconfirmed operations on its way to the document: its id and its changes.</summary>
public sealed record UnconfirmedOperation(OperationId Id, TextOperation Operation);
