using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Bench.Documents;

/// <summary>One operation on its way from an editor to the document.</summary>
public sealed record Submission(OperationId Id, int BaseVersion, TextOperation Operation);
