using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Workspaces;
using Kooperationsraum.Tests.Grains.Hosted;
using Kooperationsraum.Tests.Grains.Hosting;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>
/// The document grain checks rights itself, whoever calls it, against the roles of its workspace: through a real host
/// on SQLite, with the cast of a workspace (Anna coordinates, Ben and Dora are members, Gina is a guest, Otto is no
/// member, Root an administrator who is no member).
/// </summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class DocumentAccessTests(HostedGrainsFixture fixture)
{
    // A guard against a call that waits for a blocked workspace; it never measures anything.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AGuestReadsButAnEditIsRefusedAndChangesNothing()
    {
        var (_, id, document) = await DocumentWithTextAsync();
        var before = await document.GetSnapshotAsync(Anna);
        var writesBefore = fixture.Host.Storage.WritesOf<DocumentGrain>(id);

        var snapshot = await document.GetSnapshotAsync(Gina);
        var since = await document.GetSinceAsync(Gina, 0);
        var history = await document.GetHistoryAsync(Gina, 10);
        var version = await document.GetVersionAsync(Gina, 1);
        var edit = await Record.ExceptionAsync(() => document.SubmitAsync(Gina, new OperationId("gina-1", 1), before.Version, Append(before, " Gast war hier.")));
        var restore = await Record.ExceptionAsync(() => document.RestoreAsync(Gina, 0, new OperationId("gina-restore", 1)));
        var after = await document.GetSnapshotAsync(Anna);

        snapshot.Should().Be(before);
        since.Should().HaveCount(before.Version);
        history.Should().NotBeEmpty();
        version.Version.Should().Be(1);
        foreach (var refusal in new[] { edit, restore })
        {
            refusal.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.AccessDenied);
            refusal!.Message.Should().Contain(Gina.PersonId).And.Contain(id).And.Contain("edit");
        }

        after.Should().Be(before);
        fixture.Host.Storage.WritesOf<DocumentGrain>(id).Should().Be(writesBefore);
    }

    [Fact]
    public async Task SomeoneWhoIsNoMemberCanNeitherReadNorEdit()
    {
        var (_, id, document) = await DocumentWithTextAsync();
        var before = await document.GetSnapshotAsync(Anna);

        var refusals = new[]
        {
            await Record.ExceptionAsync(() => document.GetSnapshotAsync(Otto)),
            await Record.ExceptionAsync(() => document.GetSinceAsync(Otto, 0)),
            await Record.ExceptionAsync(() => document.GetHistoryAsync(Otto, 10)),
            await Record.ExceptionAsync(() => document.GetVersionAsync(Otto, 1)),
            await Record.ExceptionAsync(() => document.SubmitAsync(Otto, new OperationId("otto-1", 1), before.Version, Append(before, "!"))),
        };

        refusals.Should().AllSatisfy(refusal =>
            refusal.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.AccessDenied));
        refusals[0]!.Message.Should().Contain(Otto.PersonId).And.Contain(id).And.Contain("read");
        (await document.GetSnapshotAsync(Anna)).Should().Be(before);
    }

    [Fact]
    public async Task AMemberEditsAndRestores()
    {
        var (_, _, document) = await DocumentWithTextAsync();
        var before = await document.GetSnapshotAsync(Dora);

        await document.SubmitAsync(Dora, new OperationId("dora-1", 1), before.Version, Append(before, " Ergänzt."));
        await document.RestoreAsync(Dora, before.Version, new OperationId("dora-restore", 1));

        var history = await document.GetHistoryAsync(Dora, 1);
        (await document.GetVersionAsync(Dora, before.Version + 1)).Text.Should().Be(before.Text + " Ergänzt.");
        (await document.GetSnapshotAsync(Dora)).Should().Be(new DocumentSnapshot(before.Text, before.Version + 2));
        history.Single().PersonId.Should().Be(Dora.PersonId);
    }

    [Fact]
    public async Task AnAdministratorWhoIsNoMemberMayReadAndEdit()
    {
        var (workspace, _, document) = await DocumentWithTextAsync();
        var before = await document.GetSnapshotAsync(Root);

        await document.SubmitAsync(Root, new OperationId("root-1", 1), before.Version, Append(before, " Geprüft."));

        (await workspace.GetRoleAsync(Root.PersonId)).Should().BeNull();
        (await document.GetSnapshotAsync(Root)).Text.Should().Be(before.Text + " Geprüft.");
        (await document.GetSinceAsync(Root, before.Version)).Should().ContainSingle();
    }

    [Fact]
    public async Task AMemberRemovedFromTheWorkspaceIsRefusedOnTheirVeryNextCall()
    {
        var (workspace, _, document) = await DocumentWithTextAsync();
        var before = await document.GetSnapshotAsync(Dora);
        await document.SubmitAsync(Dora, new OperationId("dora-1", 1), before.Version, Append(before, " Dora."));

        await workspace.RemoveMemberAsync(Anna, Dora.PersonId);
        var read = await Record.ExceptionAsync(() => document.GetSnapshotAsync(Dora));
        var edit = await Record.ExceptionAsync(() => document.SubmitAsync(Dora, new OperationId("dora-1", 2), before.Version + 1, Append(before, " Dora. Noch einmal.")));

        read.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.AccessDenied);
        edit.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.AccessDenied);
        (await document.GetSnapshotAsync(Anna)).Should().Be(new DocumentSnapshot(before.Text + " Dora.", before.Version + 1));
    }

    [Fact]
    public async Task AMemberDemotedToGuestCanNoLongerEditAtOnceButStillReads()
    {
        var (workspace, _, document) = await DocumentWithTextAsync();
        var before = await document.GetSnapshotAsync(Ben);
        await document.SubmitAsync(Ben, new OperationId("ben-2", 1), before.Version, Append(before, " Ben."));

        await workspace.ChangeMemberRoleAsync(Anna, Ben.PersonId, WorkspaceRole.Guest);
        var edit = await Record.ExceptionAsync(() => document.SubmitAsync(Ben, new OperationId("ben-2", 2), before.Version + 1, Append(before, " Ben. Ben.")));
        var read = await document.GetSnapshotAsync(Ben);

        edit.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.AccessDenied);
        read.Should().Be(new DocumentSnapshot(before.Text + " Ben.", before.Version + 1));
    }

    [Fact]
    public async Task APersonAddedToTheWorkspaceMayReadAtOnceAfterBeingRefused()
    {
        var (workspace, _, document) = await DocumentWithTextAsync();
        var refused = await Record.ExceptionAsync(() => document.GetSnapshotAsync(Otto));

        await workspace.AddMemberAsync(Anna, Otto.PersonId, Otto.DisplayName, Otto.OrganisationId, WorkspaceRole.Guest);
        var read = await document.GetSnapshotAsync(Otto);

        refused.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.AccessDenied);
        read.Text.Should().Be("Tagesordnung");
    }

    [Fact]
    public async Task TheWorkspaceIsAskedOncePerPersonWithinTheCacheTimeNotPerOperation()
    {
        var (workspace, _, document) = await DocumentWithTextAsync();
        var workspaceId = (await document.GetInfoAsync())!.WorkspaceId;
        var before = await document.GetSnapshotAsync(Dora);

        // A workspace whose write is held answers nobody until it is released, as a busy or unreachable one would.
        var release = fixture.Host.Storage.HoldWritesOf<WorkspaceGrain>(workspaceId);
        Task? blocking = null;
        Task<DocumentSnapshot>? ginaWaits = null;
        Task<DocumentSnapshot>? doraAfterExpiry = null;
        try
        {
            blocking = workspace.UpdateDetailsAsync(Anna, Cooperation("Digitalisierung Nürnberg 2026"));
            for (var attempt = 0; attempt < 3_000 && fixture.Host.Storage.WritesHeldOf<WorkspaceGrain>(workspaceId) == 0; attempt++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10));
            }

            ginaWaits = document.GetSnapshotAsync(Gina);
            var doraReads = await Task.WhenAll(
                document.GetSnapshotAsync(Dora), document.GetVersionAsync(Dora, before.Version), document.GetSnapshotAsync(Dora)).WaitAsync(Hang);
            var doraEdits = await document.SubmitAsync(Dora, new OperationId("dora-1", 1), before.Version, Append(before, " Dora.")).WaitAsync(Hang);
            var doraHistory = await document.GetHistoryAsync(Dora, 1).WaitAsync(Hang);
            var ginaStillWaits = !ginaWaits.IsCompleted;

            fixture.Clock.Advance(DocumentAccess.CacheDuration + TimeSpan.FromSeconds(1));
            doraAfterExpiry = document.GetSnapshotAsync(Dora);
            await document.GetSnapshotAsync(Root).WaitAsync(Hang);
            var doraWaitsAfterExpiry = !doraAfterExpiry.IsCompleted;

            fixture.Host.Storage.WritesHeldOf<WorkspaceGrain>(workspaceId).Should().Be(1);
            doraReads.Should().AllSatisfy(read => read.Should().Be(before));
            doraEdits.Version.Should().Be(before.Version + 1);
            doraHistory.Single().PersonId.Should().Be(Dora.PersonId);
            ginaStillWaits.Should().BeTrue("nobody asked about Gina yet, so her read must wait for the blocked workspace");
            doraWaitsAfterExpiry.Should().BeTrue("once the cache time has passed, Dora's role is asked again");
        }
        finally
        {
            release();
        }

        await blocking!.WaitAsync(Hang);
        (await ginaWaits!.WaitAsync(Hang)).Version.Should().Be(before.Version + 1);
        (await doraAfterExpiry!.WaitAsync(Hang)).Version.Should().Be(before.Version + 1);
    }

    private static TextOperation Append(DocumentSnapshot snapshot, string text) =>
        TextOperation.Replace(snapshot.Text.Length, snapshot.Text.Length, snapshot.Text.Length, text);

    // Created through the workspace, as the product creates documents, with one edit by Ben at version 1.
    private async Task<(IWorkspaceGrain Workspace, string Id, IDocumentGrain Document)> DocumentWithTextAsync()
    {
        var workspace = fixture.Host.Workspace(HostedWorkspace.NewId());
        await HostedWorkspace.CreateWithCastAsync(workspace);
        var id = (await workspace.CreateDocumentAsync(Anna, "Protokoll")).Id;
        var document = fixture.Host.Document(id);
        await document.SubmitAsync(Ben, new OperationId("ben-1", 1), 0, TextOperation.Replace(0, 0, 0, "Tagesordnung"));
        return (workspace, id, document);
    }
}
