namespace Kooperationsraum.Bench;

/// <summary>A recorded editing session: its transactions, each a list of patches applied one after another.</summary>
public sealed record EditingTrace(string Name, string StartContent, string EndContent, IReadOnlyList<IReadOnlyList<Patch>> Transactions)
{
    public int PatchCount => Transactions.Sum(transaction => transaction.Count);
}
