using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// An operation on its way past others' operations, as rebasing moves an editor's unconfirmed operations and the
/// others' ones past each other. While it makes one change, as a keystroke does, it is held as that change's position
/// in a document of a length, and moving it past another such change that neither overlaps nor touches it is
/// arithmetic, exactly what <see cref="OperationTransform.Map"/> gives there (its <c>MapApart</c> case), without
/// building an operation per step: with hundreds of editors on one document, a keystroke moves past hundreds of others.
/// Otherwise, and whenever asked for, it is a <see cref="TextOperation"/>.
/// </summary>
public sealed class MappedOperation
{
    private TextOperation? operation;
    private TextSection? change;
    private int from;
    private int length;

    public MappedOperation(TextOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        Reset(operation);
    }

    /// <summary>The operation as it stands now.</summary>
    public TextOperation Operation =>
        operation ??= TextOperation.Change(from, change!, length - from - change!.Length);

    /// <summary>
    /// Moves this operation past <paramref name="other"/> and <paramref name="other"/> past this one, both made on the
    /// same document (<c>this.Map(other)</c> and <c>other.Map(this, before: true)</c>), when each makes one change apart
    /// from the other's; false, changing nothing, when the general rule must decide.
    /// </summary>
    public bool MoveApart(MappedOperation other)
    {
        ArgumentNullException.ThrowIfNull(other);
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

    /// <summary>
    /// Moves this operation past <paramref name="other"/> (<c>this.Map(other)</c>) and, when <paramref name="moveOther"/>,
    /// <paramref name="other"/> past this one (<c>other.Map(this, before: true)</c>), both made on the same document: by
    /// <see cref="MoveApart"/> where it can, by the general rule otherwise.
    /// </summary>
    public void MovePast(MappedOperation other, bool moveOther = true)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (MoveApart(other))
        {
            return;
        }

        var mine = Operation;
        var theirs = other.Operation;
        Reset(mine.Map(theirs));
        if (moveOther)
        {
            other.Reset(theirs.Map(mine, before: true));
        }
    }

    private void Reset(TextOperation to)
    {
        operation = to;
        change = null;
        if (to.SingleChange() is var (changeFrom, single, _))
        {
            change = single;
            from = changeFrom;
            length = to.Length;
        }
    }

    private void Shift(int position, int documentLength)
    {
        from += position;
        length += documentLength;
        operation = null;
    }
}
