using System.Globalization;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>The checks every text field shares: trimmed where a blank edge means nothing, required, bounded.</summary>
public static class TextRules
{
    /// <summary>Trims a required single-line text and refuses it when blank or longer than <paramref name="maxLength"/>.</summary>
    public static string Required(string? text, int maxLength, WorkspaceError whenMissing, WorkspaceError whenTooLong)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw Refusal.Because(whenMissing, "A text is required here.");
        }

        return Bounded(trimmed, maxLength, whenTooLong);
    }

    /// <summary>
    /// Refuses a text longer than <paramref name="maxLength"/> UTF-16 code units; null counts as empty. Not trimmed,
    /// since leading spaces are meaningful in Markdown.
    /// </summary>
    public static string Bounded(string? text, int maxLength, WorkspaceError whenTooLong)
    {
        text ??= string.Empty;
        if (text.Length > maxLength)
        {
            throw Refusal.Because(whenTooLong, $"The text has {text.Length} characters; at most {maxLength} are allowed.", maxLength.ToString(CultureInfo.InvariantCulture));
        }

        return text;
    }
}
