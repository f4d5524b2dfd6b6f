using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Tests.Grains.Hosted;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>A document's revision history: who changed it when, its old versions, and restoring one, through a real host.</summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class DocumentHistoryTests(HostedGrainsFixture fixture)
{
    [Fact]
    public async Task TheHistoryGroupsConsecutiveOperationsOfOneAuthorWithinAMinuteAndNamesAuthorsAndTimes()
    {
        var document = await HostedDocument.CreateAsync(fixture.Host, HostedDocument.NewId());
        var start = fixture.Clock.GetUtcNow();
        await TypeAsync(document, "anna", 1, 0, "Ziele");
        fixture.Clock.Advance(TimeSpan.FromSeconds(20));
        await TypeAsync(document, "anna", 2, 5, " und");
        fixture.Clock.Advance(TimeSpan.FromSeconds(20));
        await TypeAsync(document, "ben", 1, 9, " Wege");
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        await TypeAsync(document, "ben", 2, 14, ".");

        var history = await document.GetHistoryAsync(Anna, 10);
        var latestTwo = await document.GetHistoryAsync(Anna, 2);

        history.Should().Equal(
            new DocumentRevision(4, 4, Ben.PersonId, Ben.DisplayName, start.AddSeconds(160), start.AddSeconds(160), 1),
            new DocumentRevision(3, 3, Ben.PersonId, Ben.DisplayName, start.AddSeconds(40), start.AddSeconds(40), 1),
            new DocumentRevision(1, 2, Anna.PersonId, Anna.DisplayName, start, start.AddSeconds(20), 2));
        latestTwo.Should().Equal(history.Take(2));
    }

    [Fact]
    public async Task AnOldVersionReadsAsItWasAndRestoringItMakesItCurrentAsANewVersionInTheHistory()
    {
        var document = await HostedDocument.CreateAsync(fixture.Host, HostedDocument.NewId());
        await TypeAsync(document, "anna", 1, 0, "Protokoll vom 3. März");
        await TypeAsync(document, "ben", 1, 10, "(Entwurf) ");
        await TypeAsync(document, "ben", 2, 31, ": vertagt");

        var first = await document.GetVersionAsync(Anna, 1);
        var second = await document.GetVersionAsync(Anna, 2);
        var restored = await document.RestoreAsync(Dora, 2, new OperationId("dora-r", 1));
        var current = await document.GetSnapshotAsync(Anna);
        var history = await document.GetHistoryAsync(Anna, 1);
        var beforeRestore = await document.GetVersionAsync(Anna, 3);

        first.Should().Be(new DocumentSnapshot("Protokoll vom 3. März", 1));
        second.Should().Be(new DocumentSnapshot("Protokoll (Entwurf) vom 3. März", 2));
        restored.Should().Be(new SubmitResult(new OperationId("dora-r", 1), 4, TextOperation.Replace(40, 31, 40, ""), WasDuplicate: false));
        current.Should().Be(new DocumentSnapshot("Protokoll (Entwurf) vom 3. März", 4));
        history.Should().ContainSingle().Which.Should().Match<DocumentRevision>(
            revision => revision.FirstVersion == 4 && revision.Version == 4 && revision.PersonId == Dora.PersonId && revision.Operations == 1);
        beforeRestore.Text.Should().Be("Protokoll (Entwurf) vom 3. März: vertagt");
    }

    [Fact]
    public async Task VersionsOlderThanTheRetainedHistoryAreRefusedWithAClearErrorWhileRecentOnesStillRead()
    {
        var document = await HostedDocument.CreateAsync(fixture.Host, HostedDocument.NewId());
        await Task.WhenAll(Enumerable.Range(0, 20).Select(editor => TypeManyAsync(document, $"editor-{editor}", 250)));
        var info = await document.GetInfoAsync();

        var tooOld = await Record.ExceptionAsync(() => document.GetVersionAsync(Anna, 1));
        var gapTooOld = await Record.ExceptionAsync(() => document.GetSinceAsync(Anna, 0));
        var submitTooOld = await Record.ExceptionAsync(() => document.SubmitAsync(Ben, new OperationId("late", 1), 0, TextOperation.Empty(0)));
        var recent = await document.GetVersionAsync(Anna, info!.Version - 500);
        var history = await document.GetHistoryAsync(Anna, int.MaxValue);
        var oldestListed = await Record.ExceptionAsync(() => document.GetVersionAsync(Anna, history[^1].Version));

        info.Version.Should().Be(5000);
        tooOld.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.VersionTooOld);
        gapTooOld.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.VersionTooOld);
        submitTooOld.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.VersionTooOld);
        recent.Should().Be(new DocumentSnapshot(new string('x', 4500), 4500));
        history[0].Version.Should().Be(5000);
        history[^1].Version.Should().BeGreaterThan(1);
        oldestListed.Should().BeNull("every version the history lists can be viewed");
    }

    private static Task<SubmitResult> TypeAsync(IDocumentGrain document, string client, int sequence, int position, string text) =>
        HostedDocument.TypeAsync(document, new OperationId(client, sequence), position, text);

    // Every operation inserts one character, so the document has as many characters as its version.
    private static async Task TypeManyAsync(IDocumentGrain document, string client, int count)
    {
        var version = 0;
        for (var sequence = 1; sequence <= count; sequence++)
        {
            var result = await document.SubmitAsync(sequence % 2 == 0 ? Ben : Dora, new OperationId(client, sequence), version, TextOperation.Replace(version, 0, 0, "x"));
            version = result.Version;
        }
    }
}
