using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Bench;

/// <summary>A recorded editing session: its transactions, each a list of patches applied one after another.</summary>
public sealed record EditingTrace(string Name, string StartContent, string EndContent, IReadOnlyList<IReadOnlyList<Patch>> Transactions)
{
    public int PatchCount => Transactions.Sum(transaction => transaction.Count);

    /// <summary>Each transaction as one operation on the text the previous ones left, as an editor would send it.</summary>
    public IReadOnlyList<TextOperation> ToOperations()
    {
        var length = StartContent.Length;
        var operations = new List<TextOperation>(Transactions.Count);
        foreach (var transaction in Transactions)
        {
            TextOperation? combined = null;
            foreach (var patch in transaction)
            {
                var change = TextOperation.Replace(length, patch.Position, patch.Position + patch.Deleted, patch.Inserted);
                combined = combined is null ? change : combined.Compose(change);
                length = change.NewLength;
            }

            operations.Add(combined ?? TextOperation.Empty(length));
        }

        return operations;
    }
}
