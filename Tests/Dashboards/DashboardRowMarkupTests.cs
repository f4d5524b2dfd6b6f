using System.Globalization;
using System.Xml.Linq;
using Kooperationsraum.Web.Components.Pages.Dashboards;

namespace Kooperationsraum.Tests.Dashboards;

public sealed class DashboardRowMarkupTests
{
    private const string Hostile = "<img src=x onerror=\"alert('x')\"> & </td></tr><script>alert(1)</script>";

    [Fact]
    public void TypedTextInARowStaysTextAndNeverBecomesMarkup()
    {
        var row = Row(title: Hostile, cooperationTitle: "Kooperation \"Nord\" & Süd", column: Hostile, lastActivity: Hostile);

        var parsed = Parse(row, withCooperation: true);

        parsed.Descendants().Select(element => element.Name.LocalName).Should().NotContain(["img", "script"]);
        parsed.Element("th")!.Value.Should().Be(Hostile);
        parsed.Elements("td").First().Value.Should().Be("Kooperation \"Nord\" & Süd");
        parsed.Descendants("span").Single().Attribute("data-column")!.Value.Should().Be(Hostile);
        parsed.Elements("td").Last().Value.Should().Be(Hostile);
        parsed.Attribute("data-project-id")!.Value.Should().Be("projekt-1");
    }

    [Fact]
    public void ARowShowsEveryFigureOfItsProjectWithTheMarksThePageAndItsProbesRead()
    {
        var row = Row(title: "Online-Antrag Wohngeld", cooperationTitle: "Drei-Städte-Allianz", column: "In Arbeit", lastActivity: "Anna Adler, 05.12.2026 09:30");

        var parsed = Parse(row, withCooperation: false);

        parsed.Elements().Select(cell => cell.Attribute("role")!.Value).Should().Equal("rowheader", "cell", "cell", "cell", "cell", "cell", "cell", "cell");
        parsed.Element("th")!.Element("a")!.Attribute("href")!.Value.Should().Be("workspaces/projekt-1");
        var count = parsed.Descendants("span").Single();
        count.Attribute("class")!.Value.Should().Be("dash-count full");
        count.Value.Should().Be("In Arbeit: 5/5");
        Field(parsed, "done-share").Value.Should().Be((0.25).ToString("P0", CultureInfo.CurrentCulture));
        Field(parsed, "overdue").Attribute("class")!.Value.Should().Be("number alert");
        Field(parsed, "overdue").Value.Should().Be("2");
        Field(parsed, "due-this-week").Attribute("class")!.Value.Should().Be("number");
        Field(parsed, "due-this-week").Value.Should().Be("0");
        Field(parsed, "at-wip-limit").Value.Should().Be("1");
        parsed.Elements("td").Last().Value.Should().Be("Anna Adler, 05.12.2026 09:30");
    }

    private static DashboardRow Row(string title, string cooperationTitle, string column, string lastActivity) =>
        new("projekt-1", title, "koop-1", cooperationTitle, "Online-Dienst · Laufend", [new DashboardColumn(column, 5, 5)], 0.25, 2, 0, 1, lastActivity);

    // The markup uses only what XML reads as well (closed elements, quoted attributes, character references), so a
    // strict parser shows exactly which elements and texts a browser would make of it.
    private static XElement Parse(DashboardRow row, bool withCooperation) =>
        XElement.Parse(DashboardRowMarkup.Of(row, withCooperation, column => $"{column.Name}: {column.Tasks}/{column.WipLimit}").Value);

    private static XElement Field(XElement row, string name) =>
        row.Elements("td").Single(cell => cell.Attribute("data-field")?.Value == name);
}
