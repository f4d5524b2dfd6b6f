using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Web.Hubs;

/// <summary>What the server sends to editors of a document.</summary>
public interface IDocumentHubClient
{
    /// <summary>
    /// The operations one durable write of the document made, in version order; one message per write, not per
    /// keystroke. An editor whose version is not just below the first one missed something and calls
    /// <see cref="DocumentHub.GetSinceAsync"/>.
    /// </summary>
    Task OperationsAppliedAsync(string documentId, IReadOnlyList<AppliedOperation> operations);
}
