using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Workspaces;

/// <summary>What a workspace keeps of its documents' editing sessions, by the domain's rules alone.</summary>
public sealed class DocumentEditLedgerTests
{
    [Fact]
    public void ANewerReportReplacesADocumentsCountsAndAnOlderOrRepeatedOneChangesNothing()
    {
        var scenario = Created();
        scenario.Workspace.CreateDocument(Ben, "doc-1", "Konzept");
        scenario.Workspace.CreateDocument(Dora, "doc-2", "Bericht");
        var ledger = new DocumentEditLedger(scenario.State);

        var first = ledger.Take(Report("doc-1", (Ben.OrganisationId, 2)));
        var second = ledger.Take(Report("doc-2", (Dora.OrganisationId, 1), (Ben.OrganisationId, 1)));
        var newer = ledger.Take(Report("doc-1", (Ben.OrganisationId, 3), (Anna.OrganisationId, 1)));
        var older = ledger.Take(Report("doc-1", (Ben.OrganisationId, 2)));
        var repeated = ledger.Take(Report("doc-1", (Ben.OrganisationId, 3), (Anna.OrganisationId, 1)));

        (first, second, newer, older, repeated).Should().Be((true, true, true, false, false));
        ledger.Totals().Should().Equal(
            new EditCount(Anna.OrganisationId, 1), new EditCount(Dora.OrganisationId, 1), new EditCount(Ben.OrganisationId, 4));
    }

    [Fact]
    public void ADeletedDocumentsSessionsKeepCountingAndItsLastReportIsSummedWithTheOtherDeletedOnes()
    {
        var scenario = Created();
        scenario.Workspace.CreateDocument(Ben, "doc-1", "Konzept");
        scenario.Workspace.CreateDocument(Ben, "doc-2", "Bericht");
        var ledger = new DocumentEditLedger(scenario.State);
        ledger.Take(Report("doc-1", (Ben.OrganisationId, 2)));
        ledger.Take(Report("doc-2", (Dora.OrganisationId, 1)));

        scenario.Workspace.DeleteDocument(Anna, "doc-1");
        var pending = ledger.Totals();
        var late = ledger.Take(Report("doc-1", (Ben.OrganisationId, 3)));
        var last = ledger.Take(Report("doc-1", deleted: true, (Ben.OrganisationId, 4)));
        var afterLast = ledger.Take(Report("doc-1", deleted: true, (Ben.OrganisationId, 4)));
        scenario.Workspace.DeleteDocument(Anna, "doc-2");
        ledger.Take(Report("doc-2", deleted: true, (Dora.OrganisationId, 1)));

        pending.Should().Equal(new EditCount(Dora.OrganisationId, 1), new EditCount(Ben.OrganisationId, 2));
        (late, last, afterLast).Should().Be((true, true, false));
        scenario.State.PendingDeletedEdits.Should().BeEmpty();
        scenario.State.DeletedEdits.Should().Equal(new EditCount(Dora.OrganisationId, 1), new EditCount(Ben.OrganisationId, 4));
        ledger.Totals().Should().Equal(scenario.State.DeletedEdits);
    }

    [Fact]
    public void AReportForADocumentTheWorkspaceNeverListedChangesNothing()
    {
        var scenario = Created();
        var before = scenario.Json();

        var taken = new DocumentEditLedger(scenario.State).Take(Report("doc-elsewhere", (Ben.OrganisationId, 5)));

        taken.Should().BeFalse();
        scenario.Json().Should().Be(before);
    }

    [Fact]
    public void AReportWithACountBelowZeroOrWithoutOrganisationIsRefusedAndChangesNothing()
    {
        var scenario = Created();
        scenario.Workspace.CreateDocument(Ben, "doc-1", "Konzept");
        var ledger = new DocumentEditLedger(scenario.State);
        var before = scenario.Json();

        var belowZero = Record.Exception(() => ledger.Take(Report("doc-1", (Ben.OrganisationId, -1), (Dora.OrganisationId, 5))));
        var nobody = Record.Exception(() => ledger.Take(Report("doc-1", (string.Empty, 3))));

        belowZero.Should().BeOfType<ArgumentException>();
        nobody.Should().BeOfType<ArgumentException>();
        scenario.Json().Should().Be(before);
    }

    private static DocumentEdits Report(string documentId, params (string Organisation, int Sessions)[] counts) =>
        Report(documentId, deleted: false, counts);

    private static DocumentEdits Report(string documentId, bool deleted, params (string Organisation, int Sessions)[] counts) =>
        new(documentId, [.. counts.Select(count => new EditCount(count.Organisation, count.Sessions))], deleted);
}
