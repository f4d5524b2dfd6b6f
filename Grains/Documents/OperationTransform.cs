using System.Text;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// Composition and transformation of <see cref="TextOperation"/>s with exactly the semantics of CodeMirror 6's
/// <c>ChangeSet.compose</c> and <c>ChangeSet.map</c>, so that the server and every @codemirror/collab editor
/// reach the same text from the same operations, down to where two insertions at one position end up.
/// </summary>
public static class OperationTransform
{
    /// <summary>
    /// Rewrites <paramref name="operation"/> so that it applies after <paramref name="other"/>, both made on the
    /// same document (CodeMirror's <c>operation.map(other, before)</c>). Where both insert at one position,
    /// <paramref name="other"/>'s text comes first unless <paramref name="before"/> is true. Ties are broken only
    /// by that flag, never by content or ids, so that
    /// <c>a.Compose(b.Map(a))</c> and <c>b.Compose(a.Map(b, before: true))</c> give the same document.
    /// </summary>
    public static TextOperation Map(this TextOperation operation, TextOperation other, bool before = false)
    {
        RequireSameLength(operation.Length, other.Length, "map");
        if (other.IsEmpty)
        {
            return operation;
        }

        return MapApart(operation, other) ?? MapSections(operation, other, before);
    }

    /// <summary>
    /// The common case of a keystroke mapped over another one elsewhere in the document: each operation makes one change,
    /// and the two changed spans neither overlap nor touch, so <paramref name="operation"/>'s change only moves by what
    /// <paramref name="other"/> added before it, and the result is exactly what <see cref="MapSections"/> builds, without
    /// walking the sections. Null for everything else, including a tie at one position, which needs the general rule.
    /// </summary>
    internal static TextOperation? MapApart(TextOperation operation, TextOperation other)
    {
        if (SingleChange(operation) is not var (from, change, after) || SingleChange(other) is not var (otherFrom, otherChange, _))
        {
            return null;
        }

        var otherTo = otherFrom + otherChange.Length;
        if (otherTo < from)
        {
            return TextOperation.Change(from + otherChange.Inserted!.Length - otherChange.Length, change, after);
        }

        if (from + change.Length < otherFrom)
        {
            return TextOperation.Change(from, change, after - otherChange.Length + otherChange.Inserted!.Length);
        }

        return null;
    }

    /// <summary>The position, section and kept length after it of an operation's only change; null when it makes none or several.</summary>
    public static (int From, TextSection Change, int After)? SingleChange(this TextOperation operation)
    {
        var sections = operation.Sections;
        var position = 0;
        for (var i = 0; i < sections.Length; i++)
        {
            if (sections[i].IsChange)
            {
                var rest = i + 1 == sections.Length ? 0 : i + 2 == sections.Length && !sections[i + 1].IsChange ? sections[i + 1].Length : -1;
                return rest < 0 ? null : (position, sections[i], rest);
            }

            position += sections[i].Length;
        }

        return null;
    }

    /// <summary>The general rule of <see cref="Map"/>, section by section.</summary>
    internal static TextOperation MapSections(TextOperation operation, TextOperation other, bool before = false)
    {
        RequireSameLength(operation.Length, other.Length, "map");
        if (other.IsEmpty)
        {
            return operation;
        }

        var result = new SectionBuilder();
        var a = new SectionCursor(operation);
        var b = new SectionCursor(other);

        // The index of the change in a whose text has been placed already; a change that b cuts into pieces
        // must insert its text once, at the first piece.
        var placed = -1;
        while (true)
        {
            if (a.Inserted == -1 && b.Inserted == -1)
            {
                var length = Math.Min(a.Length, b.Length);
                result.Add(length, -1);
                a.Forward(length);
                b.Forward(length);
            }
            else if (b.Inserted >= 0 && (a.Inserted < 0 || placed == a.Index || (a.Offset == 0 && (b.Length < a.Length || (b.Length == a.Length && !before)))))
            {
                // b's change comes first: keep what it inserted, and let it swallow the part of a that it
                // replaced, except for insertions of a that lie wholly inside it.
                result.Add(b.Inserted, -1);
                var left = b.Length;
                while (left > 0)
                {
                    var piece = Math.Min(a.Length, left);
                    if (a.Inserted >= 0 && placed < a.Index && a.Length <= piece)
                    {
                        result.Add(0, a.Inserted, a.Text);
                        placed = a.Index;
                    }

                    a.Forward(piece);
                    left -= piece;
                }

                b.Next();
            }
            else if (a.Inserted >= 0)
            {
                // a's change comes first: it replaces what b keeps of its span, up to b's next change that
                // inserts something or deletes past a's end.
                var kept = 0;
                var left = a.Length;
                while (left > 0)
                {
                    if (b.Inserted == -1)
                    {
                        var piece = Math.Min(left, b.Length);
                        kept += piece;
                        left -= piece;
                        b.Forward(piece);
                    }
                    else if (b.Inserted == 0 && b.Length < left)
                    {
                        left -= b.Length;
                        b.Next();
                    }
                    else
                    {
                        break;
                    }
                }

                if (placed < a.Index)
                {
                    result.Add(kept, a.Inserted, a.Text);
                }
                else
                {
                    result.Add(kept, 0);
                }

                placed = a.Index;
                a.Forward(a.Length - left);
            }
            else if (a.Done && b.Done)
            {
                return result.Build();
            }
            else
            {
                throw new InvalidOperationException("Operations of equal length ran out of sections at different points.");
            }
        }
    }

    /// <summary>
    /// The single operation that does <paramref name="first"/> and then <paramref name="second"/>
    /// (CodeMirror's <c>first.compose(second)</c>); <paramref name="second"/> applies to the document
    /// <paramref name="first"/> produces.
    /// </summary>
    public static TextOperation Compose(this TextOperation first, TextOperation second)
    {
        RequireSameLength(first.NewLength, second.Length, "compose");
        if (first.IsEmpty)
        {
            return second;
        }

        if (second.IsEmpty)
        {
            return first;
        }

        var result = new SectionBuilder();
        var a = new SectionCursor(first);
        var b = new SectionCursor(second);

        // Open while one replacement of a or b is still being emitted, so that its pieces join into one section.
        var open = false;
        while (true)
        {
            if (a.Done && b.Done)
            {
                return result.Build();
            }

            if (a.Inserted == 0)
            {
                result.Add(a.Length, 0, join: open);
                a.Next();
            }
            else if (b.Length == 0 && !b.Done)
            {
                result.Add(0, b.Inserted, b.Text, open);
                b.Next();
            }
            else if (a.Done || b.Done)
            {
                throw new InvalidOperationException("Operations of matching length ran out of sections at different points.");
            }
            else
            {
                var length = Math.Min(a.NewLength, b.Length);
                var count = result.Count;
                if (a.Inserted == -1)
                {
                    var inserted = b.Inserted == -1 ? -1 : b.Offset > 0 ? 0 : b.Inserted;
                    result.Add(length, inserted, inserted > 0 ? b.Text : string.Empty, open);
                }
                else if (b.Inserted == -1)
                {
                    result.Add(a.Offset > 0 ? 0 : a.Length, length, a.TextPiece(length), open);
                }
                else
                {
                    result.Add(a.Offset > 0 ? 0 : a.Length, b.Offset > 0 ? 0 : b.Inserted, b.Offset > 0 ? string.Empty : b.Text, open);
                }

                open = (a.Inserted > length || (b.Inserted >= 0 && b.Length > length)) && (open || result.Count > count);
                a.ForwardInNew(length);
                b.Forward(length);
            }
        }
    }

    /// <summary>Applies <paramref name="operation"/> to a plain string: for clients, tests and small texts; documents use <see cref="TextBuffer"/>.</summary>
    public static string ApplyTo(this TextOperation operation, string text)
    {
        RequireSameLength(operation.Length, text.Length, "apply");
        var result = new StringBuilder(operation.NewLength);
        var position = 0;
        foreach (var section in operation.Sections)
        {
            result.Append(section.Inserted ?? text.AsSpan(position, section.Length));
            position += section.Length;
        }

        return result.ToString();
    }

    private static void RequireSameLength(int expected, int actual, string what)
    {
        if (expected != actual)
        {
            throw new DocumentRuleException(
                DocumentError.LengthMismatch,
                $"Cannot {what}: one side covers a document of length {expected}, the other one of length {actual}.");
        }
    }
}
