using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// The text of one document, edited in place at UTF-16 offsets.
/// </summary>
/// <remarks>
/// A list of chunks of at most <see cref="ChunkCapacity"/> code units, each a small gap buffer, plus a cursor
/// that remembers the last chunk visited. Chosen over a piece table or a rope because editing is local: a
/// keystroke lands where the previous one did, so the cursor finds its chunk without a search and the insert
/// writes one character into the gap, which keeps the cost of a small edit at a few tens of nanoseconds. No edit
/// copies more than one chunk's worth of text (a split or merge), whatever the document's size; a jump to a far
/// position walks at most a few hundred chunk lengths of a full document. Every public edit is checked first and
/// changes nothing when it is refused.
/// </remarks>
public sealed class TextBuffer
{
    /// <summary>Code units per chunk: large enough that a full document has a few hundred chunks, small enough that a split is cheap.</summary>
    public const int ChunkCapacity = 4096;

    private TextChunk[] chunks = new TextChunk[16];
    private int chunkCount;
    private int length;
    private int cursorIndex;
    private int cursorStart;

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

        chunks[0] = new TextChunk(ChunkCapacity);
        chunkCount = 1;
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

        CheckInsertion(text, length + text.Length);
        if (SplitsPair(position))
        {
            throw Split(position);
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

        if (SplitsPair(position) || SplitsPair(position + count))
        {
            throw Split(SplitsPair(position) ? position : position + count);
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
        var position = 0;
        foreach (var section in operation.Sections)
        {
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

        if (operation.Sections.Count > DocumentLimits.MaxSections)
        {
            throw new DocumentRuleException(DocumentError.OperationTooLarge, $"The operation has more than {DocumentLimits.MaxSections} sections.");
        }

        CheckInsertion([], operation.NewLength);
        if (operation.InsertedLength > DocumentLimits.MaxInsertedLength)
        {
            throw TooMuchInserted();
        }

        var position = 0;
        foreach (var section in operation.Sections)
        {
            if (section.Inserted is not null)
            {
                if (SplitsPair(position) || SplitsPair(position + section.Length))
                {
                    throw Split(SplitsPair(position) ? position : position + section.Length);
                }

                if (!Utf16.IsWellFormed(section.Inserted))
                {
                    throw UnpairedSurrogate();
                }
            }

            position += section.Length;
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

    private bool SplitsPair(int position) =>
        position > 0 && position < length && char.IsHighSurrogate(CharAt(position - 1)) && char.IsLowSurrogate(CharAt(position));

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
        if (position < cursorStart - position)
        {
            cursorIndex = 0;
            cursorStart = 0;
        }
        else if (length - position < position - cursorStart)
        {
            cursorIndex = chunkCount - 1;
            cursorStart = length - chunks[cursorIndex].Length;
        }

        while (position < cursorStart)
        {
            cursorStart -= chunks[--cursorIndex].Length;
        }

        while (position > cursorStart + chunks[cursorIndex].Length)
        {
            cursorStart += chunks[cursorIndex++].Length;
        }
    }

    private void InsertUnchecked(int position, ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            Seek(position);
            var chunk = chunks[cursorIndex];
            var offset = position - cursorStart;
            if (chunk.Free == 0)
            {
                // Split in the middle so that both halves have room and typing at either end stays cheap.
                var half = chunk.Length / 2;
                var tail = new TextChunk(ChunkCapacity);
                chunk.TruncateInto(half, tail);
                InsertChunk(cursorIndex + 1, tail);
                continue;
            }

            var piece = Math.Min(text.Length, chunk.Free);
            chunk.Insert(offset, text[..piece]);
            length += piece;
            position += piece;
            text = text[piece..];
        }
    }

    private void DeleteUnchecked(int position, int count)
    {
        while (count > 0)
        {
            Seek(position);
            var chunk = chunks[cursorIndex];
            var offset = position - cursorStart;
            if (offset == chunk.Length)
            {
                cursorStart += chunk.Length;
                cursorIndex++;
                continue;
            }

            var piece = Math.Min(count, chunk.Length - offset);
            chunk.Delete(offset, piece);
            length -= piece;
            count -= piece;
            if (chunk.Length < ChunkCapacity / 4)
            {
                MergeAtCursor();
            }
        }
    }

    // Keeps the number of chunks near length / (capacity / 2) however much is deleted.
    private void MergeAtCursor()
    {
        var chunk = chunks[cursorIndex];
        if (chunk.Length == 0 && chunkCount > 1)
        {
            RemoveChunk(cursorIndex);
            if (cursorIndex == chunkCount)
            {
                cursorStart -= chunks[--cursorIndex].Length;
            }

            return;
        }

        if (cursorIndex + 1 < chunkCount && chunk.Length + chunks[cursorIndex + 1].Length <= ChunkCapacity / 2)
        {
            chunk.Append(chunks[cursorIndex + 1]);
            RemoveChunk(cursorIndex + 1);
        }
        else if (cursorIndex > 0 && chunk.Length + chunks[cursorIndex - 1].Length <= ChunkCapacity / 2)
        {
            var previous = chunks[cursorIndex - 1];
            cursorStart -= previous.Length;
            previous.Append(chunk);
            RemoveChunk(cursorIndex--);
        }
    }

    private void InsertChunk(int index, TextChunk chunk)
    {
        if (chunkCount == chunks.Length)
        {
            Array.Resize(ref chunks, chunkCount * 2);
        }

        Array.Copy(chunks, index, chunks, index + 1, chunkCount - index);
        chunks[index] = chunk;
        chunkCount++;
    }

    private void RemoveChunk(int index)
    {
        Array.Copy(chunks, index + 1, chunks, index, chunkCount - index - 1);
        chunks[--chunkCount] = null!;
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
