using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Silo.Storage;
using Kooperationsraum.Tests.Grains.Hosted;
using Kooperationsraum.Tests.Grains.Hosting;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>What a document keeps across crashes, restarts and resends, through a real host on SQLite.</summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class DocumentDurabilityTests(HostedGrainsFixture fixture)
{
    [Fact]
    public async Task EveryAcknowledgedOperationIsPresentAfterTheHostIsCutOffWithoutShuttingDown()
    {
        var path = fixture.Folder.NewDatabasePath();
        var id = HostedDocument.NewId();
        await using var host = await WorkspaceHost.StartAsync(path);
        var document = await HostedDocument.CreateAsync(host, id);
        var acknowledged = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            document.SubmitAsync(Ben, new OperationId($"ben-{i}", 1), 0, TextOperation.Replace(0, 0, 0, $"[{i}]"))));
        var expected = await document.GetSnapshotAsync(Anna);

        var crashed = CrashCopy.Of(path);
        await using var restarted = await WorkspaceHost.StartAsync(crashed);
        var after = await restarted.Document(id).GetSnapshotAsync(Anna);

        acknowledged.Select(result => result.Version).Should().BeEquivalentTo(Enumerable.Range(1, 50));
        after.Should().Be(expected);
        after.Version.Should().Be(50);
        Enumerable.Range(0, 50).Should().OnlyContain(i => after.Text.Contains($"[{i}]"));
    }

    [Fact]
    public async Task AResentOperationIsAcknowledgedAgainAndNotAppliedTwiceAlsoAfterARestart()
    {
        var path = fixture.Folder.NewDatabasePath();
        var id = HostedDocument.NewId();
        var first = new OperationId("ben-tab", 1);
        var insert = TextOperation.Replace(0, 0, 0, "Tagesordnung");
        SubmitResult original, resentBefore;
        await using (var host = await WorkspaceHost.StartAsync(path))
        {
            var document = await HostedDocument.CreateAsync(host, id);
            original = await document.SubmitAsync(Ben, first, 0, insert);
            resentBefore = await document.SubmitAsync(Ben, first, 0, insert);
        }

        await using var restarted = await WorkspaceHost.StartAsync(path);
        var resentAfter = await restarted.Document(id).SubmitAsync(Ben, first, 0, insert);
        var writes = restarted.Storage.WritesOf<DocumentGrain>(id);
        var after = await restarted.Document(id).GetSnapshotAsync(Anna);

        original.Should().Be(new SubmitResult(first, 1, insert, WasDuplicate: false));
        resentBefore.Should().Be(original with { WasDuplicate = true });
        resentAfter.Should().Be(original with { WasDuplicate = true });
        writes.Should().Be(0);
        after.Should().Be(new DocumentSnapshot("Tagesordnung", 1));
    }

    [Fact]
    public async Task TitleWorkspaceAndStampsSurviveARestartAndTheVersionContinues()
    {
        var path = fixture.Folder.NewDatabasePath();
        var id = HostedDocument.NewId();
        DocumentInfo? before;
        await using (var host = await WorkspaceHost.StartAsync(path, fixture.Clock))
        {
            var document = await HostedDocument.CreateAsync(host, id, "Entwurf");
            await HostedDocument.TypeAsync(document, new OperationId("dora-1", 1), 0, "Ziele");
            await document.RenameAsync(Ben, "  Kooperationsvereinbarung Nürnberg  ");
            before = await document.GetInfoAsync();
        }

        await using var restarted = await WorkspaceHost.StartAsync(path, fixture.Clock);
        var after = await restarted.Document(id).GetInfoAsync();
        var next = await HostedDocument.TypeAsync(restarted.Document(id), new OperationId("dora-1", 2), 5, " 2025");

        after.Should().Be(before);
        after!.Title.Should().Be("Kooperationsvereinbarung Nürnberg");
        (await restarted.Workspace(after.WorkspaceId).GetRoleAsync(Anna.PersonId)).Should().Be(WorkspaceRole.Coordination);
        after.Created.Should().Be(new ChangeStamp(Anna.PersonId, Anna.DisplayName, fixture.Clock.GetUtcNow()));
        after.Changed.PersonId.Should().Be(Ben.PersonId);
        after.Version.Should().Be(1);
        next.Version.Should().Be(2);
        (await restarted.Document(id).GetSnapshotAsync(Anna)).Text.Should().Be("Ziele 2025");
    }

    [Fact]
    public async Task ADeletedDocumentRefusesEveryCallKeepsNoTextAndStaysDeletedAfterARestart()
    {
        var path = fixture.Folder.NewDatabasePath();
        var id = HostedDocument.NewId();
        var typed = new OperationId("ben-x", 1);
        await using (var host = await WorkspaceHost.StartAsync(path))
        {
            var document = await HostedDocument.CreateAsync(host, id);
            await HostedDocument.TypeAsync(document, typed, 0, "Vertraulich");
            await document.DeleteAsync(Anna);
        }

        await using var restarted = await WorkspaceHost.StartAsync(path);
        var deleted = restarted.Document(id);
        var calls = new Func<Task>[]
        {
            () => deleted.GetInfoAsync(),
            () => deleted.GetSnapshotAsync(Anna),
            () => deleted.SubmitAsync(Ben, typed, 0, TextOperation.Replace(0, 0, 0, "Vertraulich")),
            () => deleted.GetSinceAsync(Anna, 0),
            () => deleted.GetHistoryAsync(Anna, 10),
            () => deleted.GetVersionAsync(Anna, 1),
            () => deleted.RestoreAsync(Anna, 1, new OperationId("anna-r", 1)),
            () => deleted.RenameAsync(Anna, "Wieder da"),
            () => deleted.DeleteAsync(Anna),
            () => deleted.CreateAsync(Anna, "koop-digitalisierung", "Neu"),
            () => deleted.SubscribeAsync(Anna, new DocumentOperationRecorder()),
        };
        var failures = new List<Exception?>();
        foreach (var call in calls)
        {
            failures.Add(await Record.ExceptionAsync(call));
        }

        var stored = await restarted.Storage.ReadAsync(
            new GrainStateId(typeof(DocumentGrain).FullName!, id, "document"), CancellationToken.None);

        failures.Should().OnlyContain(failure => failure is DocumentRuleException && ((DocumentRuleException)failure).Error == DocumentError.DocumentDeleted);
        stored!.Payload.Should().NotContain("Vertraulich");
    }
}
