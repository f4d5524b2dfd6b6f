using System.Collections.Immutable;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// Walks the sections of an operation piece by piece for <see cref="OperationTransform"/>. <see cref="Inserted"/>
/// is -1 on a kept span, the inserted length on a change, and -2 past the end.
/// </summary>
internal sealed class SectionCursor
{
    private readonly ImmutableArray<TextSection> sections;

    public SectionCursor(TextOperation operation)
    {
        sections = operation.Sections;
        Next();
    }

    /// <summary>The position of the current section in the operation, so that a change is recognised as the same one later.</summary>
    public int Index { get; private set; } = -1;

    /// <summary>What is left of the current section's length in the old document.</summary>
    public int Length { get; private set; }

    public int Inserted { get; private set; }

    /// <summary>How far into the current section the cursor has moved.</summary>
    public int Offset { get; private set; }

    public bool Done => Inserted == -2;

    /// <summary>What is left of the current section in the new document.</summary>
    public int NewLength => Inserted < 0 ? Length : Inserted;

    /// <summary>The current section's whole inserted text.</summary>
    public string Text => Done ? string.Empty : sections[Index].Inserted ?? string.Empty;

    /// <summary>The next <paramref name="count"/> code units of the inserted text, from <see cref="Offset"/>.</summary>
    public string TextPiece(int count) => Text.Substring(Offset, count);

    public void Next()
    {
        Offset = 0;
        if (Index + 1 < sections.Length)
        {
            var section = sections[++Index];
            Length = section.Length;
            Inserted = section.Inserted?.Length ?? -1;
        }
        else
        {
            Index = sections.Length;
            Length = 0;
            Inserted = -2;
        }
    }

    /// <summary>Moves on by <paramref name="count"/> code units of the old document.</summary>
    public void Forward(int count)
    {
        if (count == Length)
        {
            Next();
        }
        else
        {
            Length -= count;
            Offset += count;
        }
    }

    /// <summary>Moves on by <paramref name="count"/> code units of the new document.</summary>
    public void ForwardInNew(int count)
    {
        if (Inserted == -1)
        {
            Forward(count);
        }
        else if (count == Inserted)
        {
            Next();
        }
        else
        {
            Inserted -= count;
            Offset += count;
        }
    }
}
