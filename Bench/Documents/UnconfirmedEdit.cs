using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Bench.Documents;

/// <summary>
/// An operation of one editor that is moved past others' operations: while it makes one change, as a keystroke does,
/// it is held as that change's position in a document of a length, and moving it past another such change that
/// neither overlaps nor touches it is arithmetic (what <see cref="OperationTransform.MapApart"/> decides, without
/// building operations); otherwise, and when asked for, it is a <see cref="TextOperation"/>.
/// </summary>
public sealed class UnconfirmedEdit
{
    private TextOperation? operation;
    private readonly TextSection? change;
    private int from;
    private int length;

    public UnconfirmedEdit(OperationId id, TextOperation operation)
    {
        Id = id;
        this.operation = operation;
        if (operation.SingleChange() is var (changeFrom, single, _))
        {
            change = single;
            from = changeFrom;
            length = operation.Length;
        }
    }

    public OperationId Id { get; }

    /// <summary>The operation as it stands now.</summary>
    public TextOperation Operation =>
        operation ??= TextOperation.Change(from, change!, length - from - change!.Length);

    /// <summary>
    /// Moves this edit and <paramref name="other"/>, made on the same document, past each other when both make one change
    /// apart from the other's; false, changing nothing, when the general rule must decide.
    /// </summary>
    public bool MoveApart(UnconfirmedEdit other)
    {
        if (change is null || other.change is null || length != other.length)
        {
            return false;
        }

        var growth = change.Inserted!.Length - change.Length;
        var otherGrowth = other.change.Inserted!.Length - other.change.Length;
        if (other.from + other.change.Length < from)
        {
            Shift(otherGrowth, otherGrowth);
            other.Shift(0, growth);
            return true;
        }

        if (from + change.Length < other.from)
        {
            Shift(0, otherGrowth);
            other.Shift(growth, growth);
            return true;
        }

        return false;
    }

    private void Shift(int position, int documentLength)
    {
        from += position;
        length += documentLength;
        operation = null;
    }
}
