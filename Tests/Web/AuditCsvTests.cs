using Kooperationsraum.Web.Audit;

namespace Kooperationsraum.Tests.Web;

public sealed class AuditCsvTests
{
    [Theory]
    [InlineData("Anna Schmidt", "Anna Schmidt")]
    [InlineData("Schmidt, Anna", "\"Schmidt, Anna\"")]
    [InlineData("Der \"Entwurf\"", "\"Der \"\"Entwurf\"\"\"")]
    [InlineData("Zeile\nzwei", "\"Zeile\nzwei\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+49 911", "'+49 911")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUMME(A1)", "'@SUMME(A1)")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("", "")]
    public void ACellIsQuotedWhenNeededAndNeverStartsAFormula(string value, string expected)
    {
        AuditCsv.Cell(value).Should().Be(expected);
    }
}
