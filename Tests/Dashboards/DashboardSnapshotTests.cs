using System.IO.Compression;
using System.Text;
using Kooperationsraum.Web.Components.Pages.Dashboards;
using Kooperationsraum.Web.Services;

namespace Kooperationsraum.Tests.Dashboards;

public sealed class DashboardSnapshotTests
{
    [Fact]
    public void ASnapshotReadsBackAsThePrerenderPackedIt()
    {
        var snapshot = new DashboardSnapshot("koop-1", View(projects: 3), [new ActiveEditor("Anna Adler", "Stadt Wolfsburg", "projekt-1", "Parkausweis", "dok-1", "Konzept")]);

        var read = DashboardSnapshot.Unpack(snapshot.Pack());

        read.Should().BeEquivalentTo(snapshot);
    }

    [Fact]
    public void TheSnapshotOfAPortfolioOf200ProjectsFitsTheMessageThatStartsTheCircuit()
    {
        var snapshot = new DashboardSnapshot(null, View(projects: 200), []);

        var packed = snapshot.Pack();

        packed.Length.Should().BeLessThan(DashboardSnapshot.MaximumPackedBytes);
    }

    [Fact]
    public void WhatIsNotASnapshotOfThisShapeIsNotTakenForOne()
    {
        var noise = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 };
        var otherShape = Compressed("""{"cooperationId":"koop-1","view":{"rows":[]}}""");

        DashboardSnapshot.Unpack(noise).Should().BeNull();
        DashboardSnapshot.Unpack(otherShape).Should().BeNull();
    }

    private static DashboardView View(int projects)
    {
        var random = new Random(7);
        var rows = Enumerable.Range(0, projects).Select(index => new DashboardRow(
            $"{Guid.NewGuid():N}",
            $"Digitalprojekt {index + 1}: {(index % 3 == 0 ? "Online-Antrag Wohngeld" : index % 3 == 1 ? "Schnittstelle Meldewesen" : "Schulung Smart City")}",
            $"koop-{index % 4}",
            $"Kooperation {index % 4 + 1} der Städte und Hochschulen",
            "Online-Dienst · Laufend",
            [
                new DashboardColumn("Offen", random.Next(20), null),
                new DashboardColumn("In Arbeit", random.Next(8), 5),
                new DashboardColumn("In Prüfung", random.Next(5), 3),
                new DashboardColumn("Erledigt", random.Next(40), null),
            ],
            random.NextDouble(),
            random.Next(4),
            random.Next(4),
            random.Next(2),
            $"Person {random.Next(60)}, 0{random.Next(1, 9)}.12.2026 1{random.Next(10)}:{random.Next(10, 60)}")).ToList();
        var days = Enumerable.Range(0, 31).Select(day => new DateTime(2026, 11, 5).AddDays(day)).ToList();
        IReadOnlyList<FlowSeries> flow = [.. new[] { "Offen", "In Arbeit", "In Prüfung", "Erledigt" }.Select(column => new FlowSeries(column, [.. days.Select(day => new FlowDatum(day, random.Next(2000)))]))];
        return new DashboardView(
            string.Empty,
            ["koop-0", "koop-1", "koop-2", "koop-3"],
            projects,
            rows,
            flow,
            [.. Enumerable.Range(0, 12).Select(index => new PartnerOption($"Partnerorganisation {index}", $"org-{index}"))],
            [.. Enumerable.Range(0, 12).Select(index => new ContributionRow($"Partnerorganisation {index}", random.Next(500), random.Next(300)))]);
    }

    private static byte[] Compressed(string json)
    {
        using var packed = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionLevel.Fastest))
        {
            brotli.Write(Encoding.UTF8.GetBytes(json));
        }

        return packed.ToArray();
    }
}
