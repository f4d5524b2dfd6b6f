using System.Text;

namespace Kooperationsraum.Web.Exports;

/// <summary>
/// A download's file name made from a document title that anyone may have typed: letters and digits of any script
/// are kept, runs of everything else become one hyphen, so no path, quote or control character reaches the header.
/// </summary>
public static class ExportFileName
{
    public const int MaxStemLength = 80;

    /// <summary>The name used when a title keeps no letter or digit.</summary>
    public const string Fallback = "dokument";

    public static string From(string? title, string extension)
    {
        var stem = new StringBuilder();
        foreach (var character in (title ?? string.Empty).Normalize(NormalizationForm.FormC))
        {
            if (stem.Length >= MaxStemLength)
            {
                break;
            }

            if (char.IsLetterOrDigit(character) && !char.IsSurrogate(character))
            {
                stem.Append(character);
            }
            else if (stem.Length > 0 && stem[^1] != '-')
            {
                stem.Append('-');
            }
        }

        var name = stem.ToString().Trim('-');
        return $"{(name.Length == 0 ? Fallback : name)}.{extension}";
    }
}
