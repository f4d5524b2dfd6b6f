using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

/// <summary>Random texts and operations for property tests: line breaks, accents and emoji (surrogate pairs), never splitting a pair.</summary>
public static class RandomEdits
{
    private static readonly string[] Pieces = ["a", "b", "c", "\n", "é", "😀"];

    public static string Text(Random random, int maxPieces)
    {
        var count = random.Next(maxPieces + 1);
        return string.Concat(Enumerable.Range(0, count).Select(_ => Pieces[random.Next(Pieces.Length)]));
    }

    /// <summary>One to <paramref name="maxChanges"/> replacements of up to four code units each, left to right.</summary>
    public static TextOperation Operation(Random random, string text, int maxChanges = 3)
    {
        var sections = new List<TextSection>();
        var position = 0;
        for (var change = random.Next(1, maxChanges + 1); change > 0; change--)
        {
            var from = Boundary(text, position + random.Next(Math.Min(5, text.Length - position + 1)));
            var to = Boundary(text, from + random.Next(Math.Min(5, text.Length - from + 1)));
            sections.Add(TextSection.Keep(from - position));
            sections.Add(TextSection.Replace(to - from, Text(random, 3)));
            position = to;
        }

        sections.Add(TextSection.Keep(text.Length - position));
        return new TextOperation(sections);
    }

    private static int Boundary(string text, int position) =>
        position > 0 && position < text.Length && char.IsLowSurrogate(text[position]) ? position - 1 : position;
}
