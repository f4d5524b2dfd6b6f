using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Silo.Storage;
using Kooperationsraum.Tests.Grains;
using Kooperationsraum.Tests.Grains.Hosted;
using Kooperationsraum.Tests.Grains.Hosting;
using Kooperationsraum.Tests.Grains.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>
/// How a document keeps its operations in an append-only log beside a snapshot written now and then, through a real
/// host on SQLite: small appends, snapshots and truncation, and everything rebuilt from the snapshot and the log's tail.
/// </summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class DocumentOperationLogTests(HostedGrainsFixture fixture)
{
    [Fact]
    public async Task EachMessageIsOneSmallAppendAndTheWholeStateIsWrittenOnlyEveryTwoThousandOperations()
    {
        var id = HostedDocument.NewId();
        var document = await HostedDocument.CreateAsync(fixture.Host, id);
        var writesBefore = fixture.Host.Storage.WritesOf<DocumentGrain>(id);

        await TypeMessagesAsync(document, Ben, "ben-lang", messages: 30, perMessage: 100);
        var appends = fixture.Host.Storage.AppendsOf<DocumentGrain>(id);
        var stateWrites = fixture.Host.Storage.WritesOf<DocumentGrain>(id) - writesBefore - appends;
        var truncations = fixture.Host.Storage.TruncationsOf<DocumentGrain>(id);

        appends.Should().Be(30);
        stateWrites.Should().Be(1, "one snapshot once 2,000 operations followed the last one");
        truncations.Should().Be(1);
        (await document.GetSnapshotAsync(Anna)).Should().Be(new DocumentSnapshot(new string('x', 3000), 3000));
    }

    [Fact]
    public async Task AResentMessageAfterACrashIsRecognisedFromTheLogsTailAndNotAppliedTwice()
    {
        var path = fixture.Folder.NewDatabasePath();
        var id = HostedDocument.NewId();
        var first = Message("ben-tab", 1, 0, "Ziele", "; Wege", "; Mittel");
        var second = Message("ben-tab", 4, "Ziele; Wege; Mittel".Length, ".", " Ende");
        IReadOnlyList<SubmitResult> original;
        int stateWrites;
        await using (var host = await WorkspaceHost.StartAsync(path))
        {
            var document = await HostedDocument.CreateAsync(host, id);
            original = [.. await document.SubmitAsync(Ben, 0, first), .. await document.SubmitAsync(Ben, 3, second)];
            stateWrites = host.Storage.WritesOf<DocumentGrain>(id) - host.Storage.AppendsOf<DocumentGrain>(id);
            var crashed = CrashCopy.Of(path);
            path = crashed;
        }

        await using var restarted = await WorkspaceHost.StartAsync(path);
        var resent = (await restarted.Document(id).SubmitAsync(Ben, 0, first)).Concat(await restarted.Document(id).SubmitAsync(Ben, 3, second)).ToList();
        var writesOfResends = restarted.Storage.WritesOf<DocumentGrain>(id);
        var next = await restarted.Document(id).SubmitAsync(Ben, 5, Message("ben-tab", 6, "Ziele; Wege; Mittel. Ende".Length, "!"));
        var after = await restarted.Document(id).GetSnapshotAsync(Anna);

        stateWrites.Should().Be(1, "only the creation wrote the state, so the operations come back from the log's tail");
        resent.Should().Equal(original.Select(result => result with { WasDuplicate = true }));
        writesOfResends.Should().Be(0);
        next.Should().ContainSingle().Which.Version.Should().Be(6);
        after.Should().Be(new DocumentSnapshot("Ziele; Wege; Mittel. Ende!", 6));
    }

    [Fact]
    public async Task AnAppendThatAnotherHostMadeFirstFailsAcknowledgesNothingAndTheResendAppliesOnTopOfWhatIsStored()
    {
        var path = fixture.Folder.NewDatabasePath();
        var id = HostedDocument.NewId();
        await using var first = await WorkspaceHost.StartAsync(path);
        await using var second = await WorkspaceHost.StartAsync(path);
        var viaFirst = await HostedDocument.CreateAsync(first, id);
        await viaFirst.SubmitAsync(Ben, 0, Message("ben-1", 1, 0, "Ziele"));
        var viaSecond = second.Document(id);
        await viaSecond.SubmitAsync(Dora, 1, Message("dora-2", 1, 5, " (zweiter Host)"));
        var lost = Message("ben-1", 2, 5, ".");

        var failure = await Record.ExceptionAsync(() => viaFirst.SubmitAsync(Ben, 1, lost));
        var served = await viaFirst.GetSnapshotAsync(Anna);
        var resent = await viaFirst.SubmitAsync(Ben, 1, lost);
        var stored = await viaSecond.GetSinceAsync(Anna, 2);

        failure.Should().BeOfType<InconsistentStateException>();
        served.Should().Be(new DocumentSnapshot("Ziele (zweiter Host)", 2));
        resent.Should().ContainSingle().Which.Should().Match<SubmitResult>(result => result.Version == 3 && !result.WasDuplicate);
        (await viaFirst.GetSnapshotAsync(Anna)).Should().Be(new DocumentSnapshot("Ziele (zweiter Host).", 3));
        stored.Should().BeEmpty("the second host's activation holds what it read; only the first one appended since");
    }

    [Fact]
    public async Task HistoryVersionsAndGapFetchesReadTheSameAfterACrashAcrossSnapshots()
    {
        var path = fixture.Folder.NewDatabasePath();
        var clock = new ManualTimeProvider(WorkspaceScenario.Start);
        var id = HostedDocument.NewId();
        await using var host = await WorkspaceHost.StartAsync(path, clock);
        var document = await HostedDocument.CreateAsync(host, id);
        var authors = new[] { (Ben, "ben-a"), (Dora, "dora-a") };
        var sequences = new int[2];
        for (var message = 0; message < 47; message++)
        {
            var (author, client) = authors[message % 2];
            var version = (await document.GetInfoAsync())!.Version;
            var operations = Enumerable.Range(0, 100)
                .Select(i => new UnconfirmedOperation(new OperationId(client, ++sequences[message % 2]), TextOperation.Replace(version + i, version + i, version + i, $"{message % 10}")))
                .ToList();
            await document.SubmitAsync(author, version, operations);
            clock.Advance(TimeSpan.FromSeconds(message % 3 == 0 ? 90 : 20));
        }

        var history = await document.GetHistoryAsync(Anna, int.MaxValue);
        var viewable = new[] { history[^1].Version, 2000, 2001, 3999, 4000, 4001, 4650, 4700 };
        var versions = await Task.WhenAll(viewable.Select(version => document.GetVersionAsync(Anna, version)));
        var since = await document.GetSinceAsync(Anna, history[^1].Version);
        var info = await document.GetInfoAsync();

        var crashed = CrashCopy.Of(path);
        await using var restarted = await WorkspaceHost.StartAsync(crashed, clock);
        var recovered = restarted.Document(id);

        history[0].Version.Should().Be(4700);
        history[^1].Version.Should().BeLessThan(4000, "the history reaches back before the latest snapshot");
        (await recovered.GetHistoryAsync(Anna, int.MaxValue)).Should().Equal(history);
        (await Task.WhenAll(viewable.Select(version => recovered.GetVersionAsync(Anna, version)))).Should().Equal(versions);
        (await recovered.GetSinceAsync(Anna, history[^1].Version)).Should().Equal(since);
        (await recovered.GetInfoAsync()).Should().Be(info);
        info!.Changed.Should().Be(new ChangeStamp(Ben.PersonId, Ben.DisplayName, clock.GetUtcNow() - TimeSpan.FromSeconds(20)));
        versions[^1].Text.Should().HaveLength(4700);
    }

    [Fact]
    public async Task ADocumentStoredInTheFormerShapeWithEveryOperationInItsStateStillLoadsAndGoesOnInTheLog()
    {
        var path = fixture.Folder.NewDatabasePath();
        var clock = new ManualTimeProvider(WorkspaceScenario.Start);
        var id = HostedDocument.NewId();
        var typed = new OperationId("ben-alt", 1);
        var former = new DocumentLog();
        former.Submit(typed, 0, TextOperation.Replace(0, 0, 0, "Protokoll"));
        var stamp = new ChangeStamp(Ben.PersonId, Ben.DisplayName, WorkspaceScenario.Start);
        var state = new DocumentState
        {
            SchemaVersion = 1,
            Id = id,
            WorkspaceId = "koop-digitalisierung",
            Title = "Altbestand",
            Created = stamp,
            Changed = stamp,
            Log = former.ToState(),
            Revisions = [new DocumentRevision(1, 1, Ben.PersonId, Ben.DisplayName, stamp.At, stamp.At, 1)],
        };
        await using (var host = await WorkspaceHost.StartAsync(path, clock))
        {
            await HostedWorkspace.CreateWithCastAsync(host.Workspace(state.WorkspaceId));
            await host.Storage.WriteAsync(StateId(id), FormerJson(state), null, CancellationToken.None);
        }

        SubmitResult resent, next;
        await using (var host = await WorkspaceHost.StartAsync(path, clock))
        {
            resent = await host.Document(id).SubmitAsync(Ben, typed, 0, TextOperation.Replace(0, 0, 0, "Protokoll"));
            next = await host.Document(id).SubmitAsync(Ben, new OperationId("ben-alt", 2), 1, TextOperation.Replace(9, 9, 9, " vom 3. März"));
        }

        await using var restarted = await WorkspaceHost.StartAsync(path, clock);
        var after = await restarted.Document(id).GetSnapshotAsync(Anna);
        var history = await restarted.Document(id).GetHistoryAsync(Anna, 10);
        var info = await restarted.Document(id).GetInfoAsync();

        resent.Should().Be(new SubmitResult(typed, 1, TextOperation.Replace(0, 0, 0, "Protokoll"), WasDuplicate: true));
        next.Version.Should().Be(2);
        after.Should().Be(new DocumentSnapshot("Protokoll vom 3. März", 2));
        history.Should().ContainSingle().Which.Should().Match<DocumentRevision>(revision => revision.FirstVersion == 1 && revision.Version == 2);
        info!.Title.Should().Be("Altbestand");
    }

    [Fact]
    public async Task DeletingADocumentEmptiesItsOperationLog()
    {
        var id = HostedDocument.NewId();
        var document = await HostedDocument.CreateAsync(fixture.Host, id);
        await document.SubmitAsync(Ben, 0, Message("ben-geheim", 1, 0, "Vertraulich", " und geheim"));

        await document.DeleteAsync(Anna);
        var logged = await fixture.Host.Storage.ReadAsync(LogId(id), 0, CancellationToken.None);

        logged.NextSequence.Should().Be(2);
        logged.Appends.Should().BeEmpty();
    }

    // Each operation appends one character at the end of a text of one character per version.
    private static async Task TypeMessagesAsync(IDocumentGrain document, Actor author, string client, int messages, int perMessage)
    {
        var version = 0;
        for (var message = 0; message < messages; message++)
        {
            var operations = Enumerable.Range(0, perMessage)
                .Select(i => new UnconfirmedOperation(new OperationId(client, version + i + 1), TextOperation.Replace(version + i, version + i, version + i, "x")))
                .ToList();
            version = (await document.SubmitAsync(author, version, operations))[^1].Version;
        }
    }

    // Each text appended at the end of what the previous ones left, on a text of length as the message's base version has.
    private static List<UnconfirmedOperation> Message(string client, int firstSequence, int length, params string[] texts)
    {
        var operations = new List<UnconfirmedOperation>();
        foreach (var text in texts)
        {
            operations.Add(new UnconfirmedOperation(new OperationId(client, firstSequence + operations.Count), TextOperation.Replace(length, length, length, text)));
            length += text.Length;
        }

        return operations;
    }

    // The former shape is today's without the log position: schema version 1 knew no operation log.
    private static string FormerJson(DocumentState state)
    {
        var json = JsonSerializer.SerializeToNode(state, new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } })!.AsObject();
        json.Remove("logPosition").Should().BeTrue();
        return json.ToJsonString();
    }

    private static GrainStateId StateId(string id) => new(typeof(DocumentGrain).FullName!, id, "document");

    private static GrainStateId LogId(string id) => new(typeof(DocumentGrain).FullName!, id, "operations");
}
