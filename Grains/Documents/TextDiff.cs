using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>Builds one operation that turns one text into another, replacing only what lies between their common ends.</summary>
public static class TextDiff
{
    public static TextOperation Replacement(string current, string target)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(target);
        var limit = Math.Min(current.Length, target.Length);
        var prefix = current.AsSpan().CommonPrefixLength(target);

        // A boundary inside a surrogate pair would be refused, so the shared ends stop before half a pair.
        if (prefix > 0 && char.IsHighSurrogate(current[prefix - 1]))
        {
            prefix--;
        }

        var suffix = 0;
        while (suffix < limit - prefix && current[current.Length - suffix - 1] == target[target.Length - suffix - 1])
        {
            suffix++;
        }

        if (suffix > 0 && char.IsLowSurrogate(current[current.Length - suffix]))
        {
            suffix--;
        }

        return TextOperation.Replace(
            current.Length, prefix, current.Length - suffix, target.Substring(prefix, target.Length - prefix - suffix));
    }
}
