using System.Text.Json;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Tests.Documents.Hosted;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Hubs;

namespace Kooperationsraum.Tests.Hubs;

[Collection(WebAppCollection.Name)]
public sealed class DocumentPresenceHubTests(WebAppFixture app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ASelectionReachesTheOtherEditorsWithTheActorsNameAndOrganisation()
    {
        var documentId = await CreateDocumentAsync("Präsenz", "Zwischenbericht");
        await using var anna = await OpenAsync(documentId);
        await using var ben = await OpenAsync(documentId);

        await anna.InvokeAsync(nameof(DocumentHub.UpdatePresenceAsync), documentId, 1, new[] { new PresenceRange(2, 8) });

        var arguments = await ben.NextArgumentsAsync(nameof(IDocumentHubClient.PresenceChangedAsync), Patience);
        var presence = arguments[1].Deserialize<EditorPresence>(HubProtocolClient.JsonOptions)!;
        ((string)arguments[0]!).Should().Be(documentId);
        presence.DisplayName.Should().Be(app.Administrator.Actor.DisplayName);
        presence.OrganisationName.Should().Be(await OperatorOrganisationNameAsync());
        presence.Version.Should().Be(1);
        presence.Ranges.Should().Equal(new PresenceRange(2, 8));
        var seenByBen = await ben.InvokeAsync<List<EditorPresence>>(nameof(DocumentHub.GetPresenceAsync), documentId);
        seenByBen.Should().ContainSingle().Which.PeerId.Should().Be(presence.PeerId);
        var seenByAnna = await anna.InvokeAsync<List<EditorPresence>>(nameof(DocumentHub.GetPresenceAsync), documentId);
        seenByAnna.Should().BeEmpty();
    }

    [Fact]
    public async Task AnEditorWhoseConnectionDropsDisappearsForTheOthers()
    {
        var documentId = await CreateDocumentAsync("Abbruch", "Text");
        var anna = await OpenAsync(documentId);
        await using var ben = await OpenAsync(documentId);
        await anna.InvokeAsync(nameof(DocumentHub.UpdatePresenceAsync), documentId, 1, new[] { new PresenceRange(0, 0) });
        var arrived = await ben.NextArgumentsAsync(nameof(IDocumentHubClient.PresenceChangedAsync), Patience);
        var peerId = arrived[1]!["peerId"]!.GetValue<string>();

        anna.Abort();
        await anna.DisposeAsync();

        var left = await ben.NextArgumentsAsync(nameof(IDocumentHubClient.PresenceLeftAsync), Patience);
        ((string)left[1]!).Should().Be(peerId);
        (await ben.InvokeAsync<List<EditorPresence>>(nameof(DocumentHub.GetPresenceAsync), documentId)).Should().BeEmpty();
    }

    [Fact]
    public async Task AnEditorWhoClosesTheDocumentDisappearsForTheOthers()
    {
        var documentId = await CreateDocumentAsync("Schließen", "Text");
        await using var anna = await OpenAsync(documentId);
        await using var ben = await OpenAsync(documentId);
        await anna.InvokeAsync(nameof(DocumentHub.UpdatePresenceAsync), documentId, 1, new[] { new PresenceRange(1, 3) });
        await ben.NextArgumentsAsync(nameof(IDocumentHubClient.PresenceChangedAsync), Patience);

        await anna.InvokeAsync(nameof(DocumentHub.CloseDocumentAsync), documentId);

        await ben.NextArgumentsAsync(nameof(IDocumentHubClient.PresenceLeftAsync), Patience);
        (await ben.InvokeAsync<List<EditorPresence>>(nameof(DocumentHub.GetPresenceAsync), documentId)).Should().BeEmpty();
    }

    [Fact]
    public async Task ASelectionMadeOnAnEarlierVersionIsCheckedAgainstThatVersion()
    {
        var documentId = await CreateDocumentAsync("Versionen", "abc");
        await Document(documentId).SubmitAsync(app.Administrator.Actor, new OperationId("seed", 2), 1, TextOperation.Replace(3, 3, 3, "defgh"));
        await using var anna = await OpenAsync(documentId);
        await using var ben = await OpenAsync(documentId);

        await anna.InvokeAsync(nameof(DocumentHub.UpdatePresenceAsync), documentId, 1, new[] { new PresenceRange(0, 3) });
        var outside = () => anna.InvokeAsync(nameof(DocumentHub.UpdatePresenceAsync), documentId, 1, new[] { new PresenceRange(0, 4) });
        await anna.InvokeAsync(nameof(DocumentHub.UpdatePresenceAsync), documentId, 2, new[] { new PresenceRange(8, 8) });

        (await outside.Should().ThrowAsync<HubCallFailedException>()).Which.Message.Should().Contain("outside the document").And.Contain("3 characters");
        var seen = await ben.InvokeAsync<List<EditorPresence>>(nameof(DocumentHub.GetPresenceAsync), documentId);
        seen.Should().ContainSingle().Which.Should().Match<EditorPresence>(p => p.Version == 2 && p.Ranges.Single() == new PresenceRange(8, 8));
    }

    [Fact]
    public async Task PresenceInADocumentThatIsUnknownOrNotOpenIsRefused()
    {
        var documentId = await CreateDocumentAsync("Nicht geöffnet", "Text");
        await using var connection = await app.ConnectHubAsync(DocumentHub.Path);

        var notOpen = () => connection.InvokeAsync(nameof(DocumentHub.UpdatePresenceAsync), documentId, 1, new[] { new PresenceRange(0, 0) });
        var unknown = () => connection.InvokeAsync<DocumentSnapshot>(nameof(DocumentHub.OpenDocumentAsync), "gibt-es-nicht");
        var list = () => connection.InvokeAsync<List<EditorPresence>>(nameof(DocumentHub.GetPresenceAsync), "gibt-es-nicht");

        (await notOpen.Should().ThrowAsync<HubCallFailedException>()).Which.Message.Should().Contain("not open on this connection");
        (await unknown.Should().ThrowAsync<HubCallFailedException>()).Which.Message.Should().Contain("does not exist");
        (await list.Should().ThrowAsync<HubCallFailedException>()).Which.Message.Should().Contain("not open on this connection");
    }

    [Theory]
    [MemberData(nameof(MalformedPresence))]
    public async Task MalformedSelectionsAreRefusedWithAClearMessageAndShowNothing(string why, int version, object? ranges, string expected)
    {
        var documentId = await CreateDocumentAsync("Unsinn: " + why, "Zehn Zeich");
        await using var anna = await OpenAsync(documentId);
        await using var ben = await OpenAsync(documentId);

        var update = () => anna.InvokeAsync(nameof(DocumentHub.UpdatePresenceAsync), documentId, version, ranges);

        (await update.Should().ThrowAsync<HubCallFailedException>(why)).Which.Message.Should().Contain(expected);
        (await ben.InvokeAsync<List<EditorPresence>>(nameof(DocumentHub.GetPresenceAsync), documentId)).Should().BeEmpty();
        (await anna.InvokeAsync<DocumentSnapshot>(nameof(DocumentHub.OpenDocumentAsync), documentId))!.Text.Should().Be("Zehn Zeich", "the connection still works");
    }

    public static TheoryData<string, int, object?, string> MalformedPresence() => new()
    {
        { "no ranges", 1, Array.Empty<PresenceRange>(), "between 1 and" },
        { "missing ranges", 1, null, "between 1 and" },
        { "too many ranges", 1, Enumerable.Repeat(new PresenceRange(0, 0), PresenceRegistry.MaxRanges + 1).ToArray(), "between 1 and" },
        { "a range that is not one", 1, new object?[] { null }, "between 1 and" },
        { "a negative position", 1, new[] { new PresenceRange(-1, 2) }, "never negative" },
        { "a negative version", -1, new[] { new PresenceRange(0, 0) }, "never negative" },
        { "past the end", 1, new[] { new PresenceRange(3, 11) }, "outside the document" },
        { "a future version", 7, new[] { new PresenceRange(0, 0) }, nameof(DocumentError.UnknownVersion) },
        { "a range of the wrong shape", 1, new[] { new { anchor = "vorne", head = 1 } }, "Failed to invoke" },
    };

    private async Task<HubProtocolClient> OpenAsync(string documentId)
    {
        var connection = await app.ConnectHubAsync(DocumentHub.Path);
        await connection.InvokeAsync<DocumentSnapshot>(nameof(DocumentHub.OpenDocumentAsync), documentId);
        return connection;
    }

    private async Task<string> OperatorOrganisationNameAsync()
    {
        var organisations = await app.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey).GetOrganisationsAsync();
        return organisations.Single(o => o.Id == app.Administrator.Actor.OrganisationId).Name;
    }

    private IDocumentGrain Document(string documentId) => app.Grains.GetGrain<IDocumentGrain>(documentId);

    private async Task<string> CreateDocumentAsync(string title, string text)
    {
        var workspace = await app.CreateWorkspaceAsync($"Präsenz: {title}");
        var documentId = Guid.NewGuid().ToString("N");
        await Document(documentId).CreateAsync(app.Administrator.Actor, workspace.Id, title);
        await Document(documentId).SubmitAsync(app.Administrator.Actor, new OperationId("seed", 1), 0, TextOperation.Replace(0, 0, 0, text));
        return documentId;
    }
}
