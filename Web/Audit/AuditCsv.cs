using System.Globalization;
using System.Text;

namespace Kooperationsraum.Web.Audit;

/// <summary>
/// Audit lines as CSV (RFC 4180: comma-separated, CRLF, fields quoted when they hold a comma, quote or line break,
/// quotes doubled). A cell that starts with = + - @ (or a tab or carriage return) gets a leading apostrophe, so that a
/// spreadsheet shows it as text instead of running it as a formula: the cells hold names and titles people typed.
/// </summary>
public static class AuditCsv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<AuditLine> lines)
    {
        var csv = new StringBuilder();
        Row(csv, header);
        foreach (var line in lines)
        {
            Row(csv, [
                line.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                line.Who, line.Organisation, line.What, line.About, line.Detail]);
        }

        return csv.ToString();
    }

    /// <summary>One cell, made safe for spreadsheets and quoted as needed.</summary>
    public static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }

    private static void Row(StringBuilder csv, IReadOnlyList<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }
}
