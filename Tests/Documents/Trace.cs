using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

/// <summary>A recorded editing session: each transaction as one operation on the text the previous ones left.</summary>
public sealed record Trace(string Name, string StartContent, string EndContent, IReadOnlyList<TextOperation> Transactions);
