namespace Kooperationsraum.Grains.Documents;

/// <summary>Surrogate rules shared by the buffer and the document log.</summary>
internal static class Utf16
{
    public static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        // Most edits are one typed character.
        if (text.Length == 1)
        {
            return !char.IsSurrogate(text[0]);
        }

        // Keystrokes are a character or two, where a plain loop beats the vectorised search.
        var first = text.Length <= 8 ? IndexOfSurrogate(text) : text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return true;
        }

        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (!char.IsHighSurrogate(c) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    private static int IndexOfSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
