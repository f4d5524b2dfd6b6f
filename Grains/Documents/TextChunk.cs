namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// One fixed-size piece of a <see cref="TextBuffer"/>, itself a small gap buffer: typing at one spot only writes
/// into the gap, and moving the gap never copies more than the chunk.
/// </summary>
internal sealed class TextChunk
{
    private const int Capacity = TextBuffer.ChunkCapacity;

    private int gapStart;
    private int gapEnd = Capacity;
    private TextChunkData data;

    public int Length => Capacity - (gapEnd - gapStart);

    public int Free => gapEnd - gapStart;

    public char this[int offset] => offset < gapStart ? data[offset] : data[offset + gapEnd - gapStart];

    public void Insert(int offset, ReadOnlySpan<char> text)
    {
        // Typing goes on where it stopped, so the gap is usually in place already.
        if (offset != gapStart)
        {
            MoveGap(offset);
        }

        if (text.Length == 1)
        {
            data[gapStart++] = text[0];
            return;
        }

        text.CopyTo(((Span<char>)data)[gapStart..]);
        gapStart += text.Length;
    }

    /// <summary>
    /// Removes <c>[offset, offset + count)</c>, widening the gap from whichever side moves the fewest code units.
    /// </summary>
    public void Delete(int offset, int count)
    {
        var end = offset + count;
        if (end <= gapStart)
        {
            // Before the gap, as a backspace is: only what lies between the range and the gap moves.
            if (end != gapStart)
            {
                MoveGap(end);
            }

            gapStart = offset;
        }
        else if (offset >= gapStart)
        {
            if (offset != gapStart)
            {
                MoveGap(offset);
            }

            gapEnd += count;
        }
        else
        {
            // The range holds the gap: both sides close over it without moving anything.
            gapEnd += end - gapStart;
            gapStart = offset;
        }
    }

    /// <summary>Keeps <c>[0, offset)</c> and returns what followed, for a split.</summary>
    public void TruncateInto(int offset, TextChunk tail)
    {
        MoveGap(offset);
        tail.Insert(0, ((ReadOnlySpan<char>)data)[gapEnd..]);
        gapEnd = Capacity;
    }

    /// <summary>Appends the whole of <paramref name="next"/>, for a merge.</summary>
    public void Append(TextChunk next)
    {
        MoveGap(Length);
        next.CopyTo(0, next.Length, ((Span<char>)data)[gapStart..]);
        gapStart += next.Length;
    }

    /// <summary>Empties the chunk for reuse.</summary>
    public void Clear()
    {
        gapStart = 0;
        gapEnd = Capacity;
    }

    public void CopyTo(int offset, int count, Span<char> destination)
    {
        ReadOnlySpan<char> span = data;
        var before = Math.Clamp(gapStart - offset, 0, count);
        span.Slice(offset, before).CopyTo(destination);
        var afterStart = offset + before + gapEnd - gapStart;
        span.Slice(afterStart, count - before).CopyTo(destination[before..]);
    }

    private void MoveGap(int offset)
    {
        Span<char> span = data;
        if (offset < gapStart)
        {
            var moved = gapStart - offset;
            span.Slice(offset, moved).CopyTo(span[(gapEnd - moved)..]);
            gapStart = offset;
            gapEnd -= moved;
        }
        else if (offset > gapStart)
        {
            var moved = offset - gapStart;
            span.Slice(gapEnd, moved).CopyTo(span[gapStart..]);
            gapStart = offset;
            gapEnd += moved;
        }
    }
}
