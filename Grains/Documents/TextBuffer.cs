using System.Runtime.CompilerServices;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// The text of one document, edited in place at UTF-16 offsets.
/// </summary>
/// <remarks>
/// A list of chunks of at most <see cref="ChunkCapacity"/> code units, each a small gap buffer, with a Fenwick
/// tree over the chunk lengths and a cursor on the chunk edited last. Chosen over a piece table or a rope
/// because editing is local: a keystroke lands where the previous one did, so the cursor already holds its
/// chunk and the insert writes one character into the gap, without touching the index (the cursor chunk's
/// change in length reaches the tree only when the cursor leaves it). When several people type in different
/// places, each chunk keeps its own gap where its typist left it, and the tree finds any chunk in a dozen steps.
/// No edit copies more than a chunk (a gap move, a split or a merge) besides the text it inserts, whatever the
/// document's size. Chunks that a deletion empties are kept for the next insertion, so replacing a large selection,
/// as pasting over it does, allocates nothing. Every public edit is checked first and changes nothing when it is
/// refused.
/// </remarks>
public sealed class TextBuffer
{
    /// <summary>Code units per chunk: small enough that moving a gap is cheap, large enough to keep the index small.</summary>
    public const int ChunkCapacity = 1024;

    // As many spare chunks as the largest insertion fills (about 270 KB): what a deletion frees beyond that goes.
    private const int MaxSpares = DocumentLimits.MaxInsertedLength / LargeFill + 1;

    // How full InsertLarge fills its chunks: three quarters, so that typing inside them does not split them at once.
    private const int LargeFill = ChunkCapacity * 3 / 4;

    private TextChunk[] chunks = new TextChunk[16];
    private int chunkCount;

    // 1-based Fenwick tree of chunk lengths, exact except for the cursor chunk, whose change since it became the
    // cursor is held in pendingDelta. After chunks are added or removed it is rebuilt, once, when a seek needs it.
    private int[] tree = new int[17];
    private int treeTopStep;
    private int pendingDelta;
    private bool treeStale;

    private int length;
    private int cursorIndex;
    private int cursorStart;

    // Chunks emptied by deletions, kept for the next insertion: replacing a large selection then allocates nothing.
    private TextChunk[]? spares;
    private int spareCount;

    public TextBuffer()
        : this(string.Empty)
    {
    }

    /// <summary>A buffer holding <paramref name="text"/>, which must be well-formed UTF-16 within the document limit.</summary>
    public TextBuffer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > DocumentLimits.MaxDocumentLength)
        {
            throw TooLong(text.Length);
        }

        if (!Utf16.IsWellFormed(text))
        {
            throw UnpairedSurrogate();
        }

        chunks[0] = new TextChunk();
        chunkCount = 1;
        RebuildTree();
        InsertUnchecked(0, text);
    }

    /// <summary>The length in UTF-16 code units.</summary>
    public int Length => length;

    public char this[int index]
    {
        get
        {
            if ((uint)index >= (uint)length)
            {
                throw OutOfRange(index, 0);
            }

            return CharAt(index);
        }
    }

    /// <summary>Inserts <paramref name="text"/> at <paramref name="position"/>.</summary>
    public void Insert(int position, ReadOnlySpan<char> text)
    {
        if ((uint)position > (uint)length)
        {
            throw OutOfRange(position, 0);
        }

        CheckInsertion(text, (long)length + text.Length);
        Seek(position);
        var chunk = chunks[cursorIndex];
        var offset = position - cursorStart;
        if (SplitsPairAt(chunk, offset, position))
        {
            throw Split(position);
        }

        // A keystroke: the cursor chunk has room, so the text goes straight into its gap, without a second seek.
        if (text.Length <= chunk.Free)
        {
            chunk.Insert(offset, text);
            length += text.Length;
            pendingDelta += text.Length;
            return;
        }

        InsertUnchecked(position, text);
    }

    /// <summary>Deletes <paramref name="count"/> code units from <paramref name="position"/> on.</summary>
    public void Delete(int position, int count)
    {
        if (position < 0 || count < 0 || position > length - count)
        {
            throw OutOfRange(position, count);
        }

        Seek(position);
        var chunk = chunks[cursorIndex];
        var offset = position - cursorStart;
        if (SplitsPairAt(chunk, offset, position))
        {
            throw Split(position);
        }

        if (offset + count <= chunk.Length)
        {
            if (SplitsPairAt(chunk, offset + count, position + count))
            {
                throw Split(position + count);
            }

            // A backspace or a short deletion inside the chunk under the cursor, up to and including its end.
            chunk.Delete(offset, count);
            length -= count;
            pendingDelta -= count;
            if (chunk.Length < ChunkCapacity / 4 && chunkCount > 1)
            {
                MergeAtCursor();
            }

            return;
        }

        if (SplitsPair(position + count))
        {
            throw Split(position + count);
        }

        DeleteUnchecked(position, count);
    }

    /// <summary>
    /// Applies a whole operation, or refuses it with a <see cref="DocumentRuleException"/> and changes nothing:
    /// its length must be this buffer's, and no section may start or end inside a surrogate pair.
    /// </summary>
    public void Apply(TextOperation operation)
    {
        Validate(operation);
        var sections = operation.Sections;
        var position = 0;

        for (var i = 0; i < sections.Length; i++)
        {
            var section = sections[i];
            if (section.Inserted is null)
            {
                position += section.Length;
                continue;
            }

            DeleteUnchecked(position, section.Length);
            InsertUnchecked(position, section.Inserted);
            position += section.Inserted.Length;
        }
    }

    /// <summary>Throws the <see cref="DocumentRuleException"/> that <see cref="Apply"/> would refuse with.</summary>
    public void Validate(TextOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Length != length)
        {
            throw new DocumentRuleException(
                DocumentError.LengthMismatch,
                $"The operation applies to a document of length {operation.Length}, but the document has length {length}.");
        }

        CheckContent(operation);
        if (operation.NewLength > DocumentLimits.MaxDocumentLength)
        {
            throw TooLong(operation.NewLength);
        }

        var sections = operation.Sections;
        var position = 0;
        for (var i = 0; i < sections.Length; i++)
        {
            var section = sections[i];
            if (section.Inserted is not null)
            {
                if (SplitsPair(position) || SplitsPair(position + section.Length))
                {
                    throw Split(SplitsPair(position) ? position : position + section.Length);
                }
            }

            position += section.Length;
        }
    }

    /// <summary>
    /// The checks that need no document: at most <see cref="DocumentLimits.MaxSections"/> sections and
    /// <see cref="DocumentLimits.MaxInsertedLength"/> inserted code units, and no unpaired surrogate in them.
    /// </summary>
    internal static void CheckContent(TextOperation operation)
    {
        if (operation.Sections.Length > DocumentLimits.MaxSections)
        {
            throw new DocumentRuleException(DocumentError.OperationTooLarge, $"The operation has more than {DocumentLimits.MaxSections} sections.");
        }

        if (operation.InsertedLength > DocumentLimits.MaxInsertedLength)
        {
            throw TooMuchInserted();
        }

        var sections = operation.Sections;
        for (var i = 0; i < sections.Length; i++)
        {
            if (sections[i].Inserted is { } inserted && !Utf16.IsWellFormed(inserted))
            {
                throw UnpairedSurrogate();
            }
        }
    }

    /// <summary>The code units <c>[start, start + count)</c>.</summary>
    public string Substring(int start, int count)
    {
        if (start < 0 || count < 0 || start > length - count)
        {
            throw OutOfRange(start, count);
        }

        if (count == 0)
        {
            return string.Empty;
        }

        return string.Create(count, (Buffer: this, Start: start), static (destination, state) => state.Buffer.CopyTo(state.Start, destination));
    }

    public override string ToString() => Substring(0, length);

    private void CopyTo(int start, Span<char> destination)
    {
        Seek(start);
        var index = cursorIndex;
        var offset = start - cursorStart;
        while (destination.Length > 0)
        {
            var chunk = chunks[index++];
            var count = Math.Min(chunk.Length - offset, destination.Length);
            chunk.CopyTo(offset, count, destination);
            destination = destination[count..];
            offset = 0;
        }
    }

    private char CharAt(int index)
    {
        Seek(index);
        var offset = index - cursorStart;
        var chunk = chunks[cursorIndex];
        return offset < chunk.Length ? chunk[offset] : chunks[cursorIndex + 1][0];
    }

    private bool SplitsPair(int position)
    {
        if (position <= 0 || position >= length)
        {
            return false;
        }

        Seek(position);
        return SplitsPairAt(chunks[cursorIndex], position - cursorStart, position);
    }

    // Whether position, which lies at offset in chunk (the cursor chunk), falls between a high and a low surrogate.
    private bool SplitsPairAt(TextChunk chunk, int offset, int position)
    {
        if (position <= 0 || position >= length)
        {
            return false;
        }

        var before = offset > 0 ? chunk[offset - 1] : chunks[cursorIndex - 1][chunks[cursorIndex - 1].Length - 1];
        return char.IsHighSurrogate(before)
            && char.IsLowSurrogate(offset < chunk.Length ? chunk[offset] : chunks[cursorIndex + 1][0]);
    }

    private void CheckInsertion(ReadOnlySpan<char> text, long newLength)
    {
        if (text.Length > DocumentLimits.MaxInsertedLength)
        {
            throw TooMuchInserted();
        }

        if (newLength > DocumentLimits.MaxDocumentLength)
        {
            throw TooLong(newLength);
        }

        if (!Utf16.IsWellFormed(text))
        {
            throw UnpairedSurrogate();
        }
    }

    // Leaves the cursor on a chunk with cursorStart <= position <= cursorStart + its length.
    private void Seek(int position)
    {
        if (position < cursorStart || position - cursorStart > chunks[cursorIndex].Length)
        {
            SeekFar(position);
        }
    }

    // Out of line, so that the edits that stay in the cursor chunk, nearly all of them, run without the descent.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SeekFar(int position)
    {
        if (treeStale)
        {
            BuildTree();
        }
        else
        {
            FlushPendingDelta();
        }

        // Descend the tree to the number of chunks that end before the position: that is the chunk it lies in.
        int index = 0, remaining = position;
        for (var step = treeTopStep; step > 0; step >>= 1)
        {
            var next = index + step;
            if (next <= chunkCount && tree[next] < remaining)
            {
                index = next;
                remaining -= tree[next];
            }
        }

        cursorIndex = index;
        cursorStart = position - remaining;
    }

    private void FlushPendingDelta()
    {
        if (pendingDelta == 0)
        {
            return;
        }

        for (var i = cursorIndex + 1; i <= chunkCount; i += i & -i)
        {
            tree[i] += pendingDelta;
        }

        pendingDelta = 0;
    }

    private void RebuildTree() => treeStale = true;

    private void BuildTree()
    {
        if (tree.Length <= chunkCount)
        {
            tree = new int[chunks.Length + 1];
        }

        Array.Clear(tree);
        for (var i = 1; i <= chunkCount; i++)
        {
            tree[i] += chunks[i - 1].Length;
            var parent = i + (i & -i);
            if (parent <= chunkCount)
            {
                tree[parent] += tree[i];
            }
        }

        treeTopStep = 1 << (31 - int.LeadingZeroCount(chunkCount));
        pendingDelta = 0;
        treeStale = false;
    }

    private void InsertUnchecked(int position, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        Seek(position);
        var chunk = chunks[cursorIndex];
        var offset = position - cursorStart;
        if (text.Length > chunk.Free)
        {
            if (text.Length > ChunkCapacity / 2)
            {
                InsertLarge(offset, text);
                return;
            }

            // Split in the middle: both halves then have room for the text, and typing at either end stays cheap.
            var tail = NewChunk();
            var half = chunk.Length / 2;
            chunk.TruncateInto(half, tail);
            OpenSlots(cursorIndex + 1, 1);
            chunks[cursorIndex + 1] = tail;
            if (offset > half)
            {
                cursorIndex++;
                cursorStart += half;
                offset -= half;
                chunk = tail;
            }
        }

        // A keystroke: the chunk under the cursor has room, so no split, no seek and no index update.
        chunk.Insert(offset, text);
        length += text.Length;
        pendingDelta += text.Length;
    }

    // Cuts the cursor chunk at offset and puts the text between its halves in chunks filled to LargeFill. With
    // nothing before the offset the cursor chunk takes the first piece itself; what followed the offset goes into a
    // chunk after the last piece.
    private void InsertLarge(int offset, ReadOnlySpan<char> text)
    {
        var chunk = chunks[cursorIndex];
        var hasTail = offset < chunk.Length;
        var first = offset > 0 ? cursorIndex + 1 : cursorIndex;
        var added = (first - cursorIndex) + ((text.Length + LargeFill - 1) / LargeFill) - 1 + (hasTail ? 1 : 0);
        OpenSlots(cursorIndex + 1, added);
        if (hasTail)
        {
            var tail = NewChunk();
            chunk.TruncateInto(offset, tail);
            chunks[cursorIndex + added] = tail;
        }

        var rest = text;
        for (var index = first; !rest.IsEmpty; index++)
        {
            var piece = index == cursorIndex ? chunk : NewChunk();
            var count = Math.Min(rest.Length, LargeFill);
            piece.Insert(0, rest[..count]);
            chunks[index] = piece;
            rest = rest[count..];
        }

        length += text.Length;
        RebuildTree();
    }

    private void DeleteUnchecked(int position, int count)
    {
        if (count == 0)
        {
            return;
        }

        Seek(position);
        var chunk = chunks[cursorIndex];
        var offset = position - cursorStart;
        var inFirst = Math.Min(count, chunk.Length - offset);
        chunk.Delete(offset, inFirst);
        length -= count;
        pendingDelta -= inFirst;
        count -= inFirst;
        if (count > 0)
        {
            // Whole chunks go at once; the last one loses its beginning.
            var next = cursorIndex + 1;
            var whole = 0;
            while (count > 0 && chunks[next + whole].Length <= count)
            {
                count -= chunks[next + whole++].Length;
            }

            if (count > 0)
            {
                chunks[next + whole].Delete(0, count);
            }

            RemoveChunks(next, whole);

            // The chunk after the cursor changed length as well, which pendingDelta cannot carry.
            RebuildTree();
        }

        if (chunk.Length < ChunkCapacity / 4 && chunkCount > 1)
        {
            MergeAtCursor();
        }
    }

    // Keeps the number of chunks near length / (capacity / 2) however much is deleted.
    private void MergeAtCursor()
    {
        var chunk = chunks[cursorIndex];
        if (chunk.Length == 0)
        {
            RemoveChunks(cursorIndex, 1);
            if (cursorIndex == chunkCount)
            {
                cursorStart -= chunks[--cursorIndex].Length;
            }
        }
        else if (cursorIndex + 1 < chunkCount && chunk.Length + chunks[cursorIndex + 1].Length <= ChunkCapacity / 2)
        {
            chunk.Append(chunks[cursorIndex + 1]);
            RemoveChunks(cursorIndex + 1, 1);
        }
        else if (cursorIndex > 0 && chunk.Length + chunks[cursorIndex - 1].Length <= ChunkCapacity / 2)
        {
            var previous = chunks[cursorIndex - 1];
            cursorStart -= previous.Length;
            previous.Append(chunk);
            RemoveChunks(cursorIndex--, 1);
        }
    }

    // Moves the chunks from index on by count places to make room; the caller fills the slots.
    private void OpenSlots(int index, int count)
    {
        if (count == 0)
        {
            return;
        }

        if (chunkCount + count > chunks.Length)
        {
            Array.Resize(ref chunks, Math.Max(chunkCount + count, chunks.Length * 2));
        }

        Array.Copy(chunks, index, chunks, index + count, chunkCount - index);
        chunkCount += count;
        RebuildTree();
    }

    private void RemoveChunks(int index, int count)
    {
        if (count == 0)
        {
            return;
        }

        for (var i = index; i < index + count; i++)
        {
            Recycle(chunks[i]);
        }

        Array.Copy(chunks, index + count, chunks, index, chunkCount - index - count);
        Array.Clear(chunks, chunkCount - count, count);
        chunkCount -= count;
        RebuildTree();
    }

    private TextChunk NewChunk() => spareCount > 0 ? spares![--spareCount] : new TextChunk();

    private void Recycle(TextChunk chunk)
    {
        spares ??= new TextChunk[MaxSpares];
        if (spareCount < MaxSpares)
        {
            chunk.Clear();
            spares[spareCount++] = chunk;
        }
    }

    private DocumentRuleException OutOfRange(int position, int count) =>
        new(DocumentError.OutOfRange, $"The range {position}..{(long)position + count} lies outside the document of length {length}.");

    private static DocumentRuleException Split(int position) =>
        new(DocumentError.SplitsSurrogatePair, $"Position {position} lies between the two halves of a surrogate pair.");

    private static DocumentRuleException UnpairedSurrogate() =>
        new(DocumentError.SplitsSurrogatePair, "The text contains an unpaired surrogate.");

    private static DocumentRuleException TooMuchInserted() =>
        new(DocumentError.OperationTooLarge, $"One operation inserts at most {DocumentLimits.MaxInsertedLength} characters.");

    private static DocumentRuleException TooLong(long newLength) =>
        new(DocumentError.DocumentTooLong, $"A document holds at most {DocumentLimits.MaxDocumentLength} characters; this change would make it {newLength}.");
}
