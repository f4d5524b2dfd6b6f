using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>
/// A change to a whole document, in the shape of CodeMirror 6's <c>ChangeSet</c>: a run of sections that each
/// keep or replace a span of the old document, covering it exactly. On the wire it is <c>ChangeSet.toJSON()</c>:
/// an array whose entries are a number (a kept span) or <c>[deletedLength, ...insertedLines]</c> (a
/// replacement whose inserted text is the lines joined by "\n"). Positions and lengths count UTF-16 code units.
/// </summary>
/// <remarks>
/// Sections are normalised the way CodeMirror builds them (empty sections dropped, adjacent kept spans, adjacent
/// deletions and adjacent insertions merged), so an operation that came from CodeMirror keeps its exact shape,
/// which matters because CodeMirror's transformation looks at section boundaries.
/// </remarks>
[JsonConverter(typeof(TextOperationJsonConverter))]
public sealed record TextOperation
{
    /// <summary>Builds an operation from its sections; throws <see cref="DocumentRuleException"/> for a negative length.</summary>
    public TextOperation(IEnumerable<TextSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var normalised = new List<TextSection>();
        long length = 0, newLength = 0, inserted = 0;
        foreach (var section in sections)
        {
            if (section is null || section.Length < 0)
            {
                throw Malformed("a section has a negative length");
            }

            Append(normalised, section);
            length += section.Length;
            newLength += section.Inserted?.Length ?? section.Length;
            inserted += section.Inserted?.Length ?? 0;
            if (length > int.MaxValue || newLength > int.MaxValue)
            {
                throw new DocumentRuleException(DocumentError.OperationTooLarge, "The operation spans more than any document can hold.");
            }
        }

        Sections = [.. normalised];
        Length = (int)length;
        NewLength = (int)newLength;
        InsertedLength = (int)inserted;
        IsEmpty = !normalised.Exists(section => section.IsChange);
    }

    // Sections that are normalised already; for the one-change operations that transformation builds by the million.
    private TextOperation(ImmutableArray<TextSection> normalised, int length, int newLength, int inserted, bool isEmpty)
    {
        Sections = normalised;
        Length = length;
        NewLength = newLength;
        InsertedLength = inserted;
        IsEmpty = isEmpty;
    }

    /// <summary>The sections, in document order.</summary>
    public ImmutableArray<TextSection> Sections { get; }

    /// <summary>The length of the document this operation applies to.</summary>
    public int Length { get; }

    /// <summary>The length of the document after this operation.</summary>
    public int NewLength { get; }

    /// <summary>How many code units this operation inserts.</summary>
    public int InsertedLength { get; }

    /// <summary>True when the operation changes nothing.</summary>
    public bool IsEmpty { get; }

    /// <summary>An operation that keeps a document of <paramref name="length"/> as it is.</summary>
    public static TextOperation Empty(int length) => new([TextSection.Keep(length)]);

    /// <summary>Replaces <c>[from, to)</c> of a document of <paramref name="length"/> with <paramref name="insert"/>.</summary>
    public static TextOperation Replace(int length, int from, int to, string insert)
    {
        if (from < 0 || to < from || to > length)
        {
            throw new DocumentRuleException(DocumentError.OutOfRange, $"The range {from}..{to} lies outside a document of length {length}.");
        }

        return Change(from, TextSection.Replace(to - from, insert ?? throw Malformed("the inserted text is null")), length - to);
    }

    /// <summary>
    /// One change with <paramref name="keptBefore"/> code units kept before it and <paramref name="keptAfter"/> after,
    /// normalised as the constructor would, without its general pass: a keystroke mapped over another one is this shape,
    /// and a document with hundreds of editors maps millions of them a second.
    /// </summary>
    public static TextOperation Change(int keptBefore, TextSection change, int keptAfter)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (keptBefore < 0 || keptAfter < 0 || change.Length < 0 || change.Inserted is null)
        {
            throw Malformed("a kept span is negative or the change inserts nothing at all");
        }

        var length = (long)keptBefore + change.Length + keptAfter;
        var inserted = change.Inserted.Length;
        var newLength = length - change.Length + inserted;
        if (length > int.MaxValue || newLength > int.MaxValue)
        {
            throw new DocumentRuleException(DocumentError.OperationTooLarge, "The operation spans more than any document can hold.");
        }

        if (change.Length == 0 && inserted == 0)
        {
            return Empty((int)length);
        }

        var sections = new TextSection[(keptBefore > 0 ? 1 : 0) + 1 + (keptAfter > 0 ? 1 : 0)];
        var next = 0;
        if (keptBefore > 0)
        {
            sections[next++] = TextSection.Keep(keptBefore);
        }

        sections[next++] = change;
        if (keptAfter > 0)
        {
            sections[next] = TextSection.Keep(keptAfter);
        }

        return new TextOperation(ImmutableCollectionsMarshal.AsImmutableArray(sections), (int)length, (int)newLength, inserted, isEmpty: false);
    }

    /// <summary>Reads <c>ChangeSet.toJSON()</c> output; throws <see cref="DocumentRuleException"/> for anything else.</summary>
    public static TextOperation Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<TextOperation>(json)
                ?? throw Malformed("the operation is null");
        }
        catch (JsonException e)
        {
            throw e.InnerException as DocumentRuleException ?? Malformed(e.Message);
        }
    }

    /// <summary>The operation as <c>ChangeSet.toJSON()</c> would write it.</summary>
    public string ToJson() => JsonSerializer.Serialize(this);

    public override string ToString() => ToJson();

    public bool Equals(TextOperation? other) =>
        other is not null && Sections.AsSpan().SequenceEqual(other.Sections.AsSpan());

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Length);
        hash.Add(NewLength);
        hash.Add(Sections.Length);
        return hash.ToHashCode();
    }

    private static DocumentRuleException Malformed(string reason) =>
        new(DocumentError.MalformedOperation, $"The operation is not a valid change set: {reason}.");

    // CodeMirror's own rule for adding a section, so that a normalised change set stays exactly as it is.
    private static void Append(List<TextSection> normalised, TextSection section)
    {
        var inserted = section.Inserted?.Length ?? -1;
        if (section.Length == 0 && inserted <= 0)
        {
            return;
        }

        if (normalised.Count > 0)
        {
            var last = normalised[^1];
            var lastInserted = last.Inserted?.Length ?? -1;
            if (inserted <= 0 && inserted == lastInserted)
            {
                normalised[^1] = last with { Length = last.Length + section.Length };
                return;
            }

            if (section.Length == 0 && last.Length == 0)
            {
                normalised[^1] = last with { Inserted = last.Inserted + section.Inserted };
                return;
            }
        }

        normalised.Add(section);
    }
}
