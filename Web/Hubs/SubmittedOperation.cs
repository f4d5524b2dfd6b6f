using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Web.Hubs;

/// <summary>One unconfirmed change an editor sends: its id and the change set, made on top of the editor's earlier unconfirmed ones.</summary>
public sealed record SubmittedOperation(OperationId Id, TextOperation Changes);
