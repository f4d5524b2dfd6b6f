namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// One fixed-size piece of a <see cref="TextBuffer"/>, itself a small gap buffer: typing at one spot only writes
/// into the gap, and moving the gap never copies more than the chunk.
/// </summary>
internal sealed class TextChunk(int capacity)
{
    private readonly char[] data = new char[capacity];
    private readonly int capacity = capacity;
    private int gapStart;
    private int gapEnd = capacity;

    // From the capacity field rather than data.Length, so that summing lengths touches only the chunk objects.
    public int Length => capacity - (gapEnd - gapStart);

    public int Free => gapEnd - gapStart;

    public char this[int offset] => offset < gapStart ? data[offset] : data[offset + gapEnd - gapStart];

    public void Insert(int offset, ReadOnlySpan<char> text)
    {
        MoveGap(offset);
        if (text.Length == 1)
        {
            data[gapStart++] = text[0];
            return;
        }

        text.CopyTo(data.AsSpan(gapStart));
        gapStart += text.Length;
    }

    public void Delete(int offset, int count)
    {
        MoveGap(offset);
        gapEnd += count;
    }

    /// <summary>Keeps <c>[0, offset)</c> and returns what followed, for a split.</summary>
    public void TruncateInto(int offset, TextChunk tail)
    {
        MoveGap(offset);
        tail.Insert(0, data.AsSpan(gapEnd));
        gapEnd = capacity;
    }

    /// <summary>Appends the whole of <paramref name="next"/>, for a merge.</summary>
    public void Append(TextChunk next)
    {
        MoveGap(Length);
        next.CopyTo(0, next.Length, data.AsSpan(gapStart));
        gapStart += next.Length;
    }

    public void CopyTo(int offset, int count, Span<char> destination)
    {
        var before = Math.Clamp(gapStart - offset, 0, count);
        data.AsSpan(offset, before).CopyTo(destination);
        var afterStart = offset + before + gapEnd - gapStart;
        data.AsSpan(afterStart, count - before).CopyTo(destination[before..]);
    }

    private void MoveGap(int offset)
    {
        if (offset < gapStart)
        {
            var moved = gapStart - offset;
            data.AsSpan(offset, moved).CopyTo(data.AsSpan(gapEnd - moved));
            gapStart = offset;
            gapEnd -= moved;
        }
        else if (offset > gapStart)
        {
            var moved = offset - gapStart;
            data.AsSpan(gapEnd, moved).CopyTo(data.AsSpan(gapStart));
            gapStart = offset;
            gapEnd += moved;
        }
    }
}
