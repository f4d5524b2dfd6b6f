using System.Text;

namespace Kooperationsraum.Web.Exports;

/// <summary>
/// Writes CSV as spreadsheets read it in Germany: fields separated by semicolons, lines ended by CRLF (RFC 4180 apart from
/// the separator). A field is quoted when it holds a separator, a quote or a line break, with quotes doubled. A field that
/// a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe,
/// so that a task title typed by anyone can never run as a formula on a steering committee's machine.
/// </summary>
public sealed class CsvText
{
    public const char Separator = ';';

    private readonly StringBuilder text = new();

    public CsvText Line(params IEnumerable<string?> fields)
    {
        text.AppendJoin(Separator, fields.Select(Field)).Append("\r\n");
        return this;
    }

    public override string ToString() => text.ToString();

    /// <summary>One field, made formula-safe and quoted as needed.</summary>
    public static string Field(string? value)
    {
        var field = value ?? string.Empty;
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return field.IndexOfAny([Separator, ',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
