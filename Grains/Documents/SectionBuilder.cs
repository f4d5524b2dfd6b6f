using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// Collects sections for <see cref="OperationTransform"/> with CodeMirror's merge rule (the one
/// <see cref="TextOperation"/> also normalises with), plus the forced join that composition needs to keep one
/// replacement together when its pieces arrive separately.
/// </summary>
internal sealed class SectionBuilder
{
    private readonly List<(int Length, int Inserted, string Text)> sections = [];

    public int Count => sections.Count;

    /// <summary>Adds a section; <paramref name="inserted"/> is -1 for a kept span, and <paramref name="text"/> is the inserted text.</summary>
    public void Add(int length, int inserted, string text = "", bool join = false)
    {
        if (length == 0 && inserted <= 0)
        {
            return;
        }

        if (sections.Count > 0)
        {
            var last = sections[^1];
            if (inserted <= 0 && inserted == last.Inserted)
            {
                sections[^1] = last with { Length = last.Length + length };
                return;
            }

            if ((length == 0 && last.Length == 0) || join)
            {
                sections[^1] = (last.Length + length, last.Inserted + inserted, last.Text + text);
                return;
            }
        }

        sections.Add((length, inserted, text));
    }

    public TextOperation Build() =>
        new(sections.Select(section => section.Inserted < 0
            ? TextSection.Keep(section.Length)
            : TextSection.Replace(section.Length, section.Text)));
}
