using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Hubs;

namespace Kooperationsraum.Tests.Hubs;

[Collection(WebAppCollection.Name)]
public sealed class DocumentHubTests(WebAppFixture app)
{
    [Fact]
    public async Task TwoEditorsTypingAtOnceConvergeOnTheDocumentsText()
    {
        var documentId = await CreateDocumentAsync("Protokoll Lenkungskreis");
        await using var anna = await HubEditor.OpenAsync(app.BaseAddress, app.AdministratorCookies, documentId, "anna-" + Guid.NewGuid().ToString("N")[..8]);
        await using var ben = await HubEditor.OpenAsync(app.BaseAddress, app.AdministratorCookies, documentId, "ben-" + Guid.NewGuid().ToString("N")[..8]);
        var random = new Random(7);

        for (var round = 0; round < 40; round++)
        {
            anna.Type(random.Next(anna.Text.Length + 1), "a");
            ben.Type(random.Next(ben.Text.Length + 1), "b");
            await Task.WhenAll(anna.SendAsync(), ben.SendAsync());
            await anna.ReceiveAsync();
            await ben.ReceiveAsync();
        }

        var server = await Document(documentId).GetSnapshotAsync(app.Administrator.Actor);
        await anna.SettleAsync(server.Version);
        await ben.SettleAsync(server.Version);
        server.Version.Should().Be(80);
        anna.Text.Should().Be(server.Text);
        ben.Text.Should().Be(server.Text);
        server.Text.Count(c => c == 'a').Should().Be(40);
        server.Text.Count(c => c == 'b').Should().Be(40);
    }

    [Fact]
    public async Task AnEditorThatDropsItsConnectionMidEditAndResendsCausesNoDuplicate()
    {
        var documentId = await CreateDocumentAsync("Konzept Schnittstelle");
        await using var anna = await HubEditor.OpenAsync(app.BaseAddress, app.AdministratorCookies, documentId, "anna-" + Guid.NewGuid().ToString("N")[..8]);
        anna.Type(0, "Ziel: ");
        await anna.SendAsync();
        anna.Type(6, "OZG-Anbindung");
        var lost = anna.SendUnacknowledged();
        await WaitForVersionAsync(documentId, 2);

        await anna.ReconnectAsync(catchUpFirst: false);
        var resent = await anna.SendAsync();
        await lost;

        resent.Should().NotBeEmpty().And.OnlyContain(result => result.WasDuplicate);
        var server = await Document(documentId).GetSnapshotAsync(app.Administrator.Actor);
        await anna.SettleAsync(server.Version);
        server.Text.Should().Be("Ziel: OZG-Anbindung");
        server.Version.Should().Be(2);
        anna.Text.Should().Be(server.Text);
    }

    [Fact]
    public async Task AChangeThatReachesOutsideTheDocumentIsRefusedAndChangesNothing()
    {
        var documentId = await CreateDocumentAsync("Grenzen");
        await using var connection = await app.ConnectHubAsync(DocumentHub.Path);
        await connection.InvokeAsync<DocumentSnapshot>(nameof(DocumentHub.OpenDocumentAsync), documentId);

        var submit = () => connection.InvokeAsync<List<SubmitResult>>(
            nameof(DocumentHub.SubmitAsync), documentId, 0, new[] { new SubmittedOperation(new OperationId("x", 1), TextOperation.Replace(5, 0, 5, "neu")) });

        (await submit.Should().ThrowAsync<HubCallFailedException>()).Which.Message.Should().Contain(nameof(DocumentError.LengthMismatch));
        var server = await Document(documentId).GetSnapshotAsync(app.Administrator.Actor);
        server.Version.Should().Be(0);
        server.Text.Should().BeEmpty();
    }

    [Fact]
    public async Task AMalformedChangeSetIsRefusedWithoutHarmingTheConnection()
    {
        var documentId = await CreateDocumentAsync("Unsinn");
        await using var connection = await app.ConnectHubAsync(DocumentHub.Path);
        await connection.InvokeAsync<DocumentSnapshot>(nameof(DocumentHub.OpenDocumentAsync), documentId);

        var submit = () => connection.InvokeAsync<List<SubmitResult>>(
            nameof(DocumentHub.SubmitAsync), documentId, 0, new[] { new { id = new { clientId = "x", sequence = 1 }, changes = new object[] { -3, "kaputt" } } });

        await submit.Should().ThrowAsync<HubCallFailedException>();
        (await connection.InvokeAsync<List<AppliedOperation>>(nameof(DocumentHub.GetSinceAsync), documentId, 0)).Should().BeEmpty();
    }

    [Fact]
    public async Task AConnectionThatFloodsIsRefused()
    {
        var documentId = await CreateDocumentAsync("Flut");
        await using var connection = await app.ConnectHubAsync(DocumentHub.Path);
        await connection.InvokeAsync<DocumentSnapshot>(nameof(DocumentHub.OpenDocumentAsync), documentId);

        var refusals = 0;
        for (var i = 0; i < (int)ConnectionRateLimiter.Capacity * 2; i++)
        {
            try
            {
                await connection.InvokeAsync<List<AppliedOperation>>(nameof(DocumentHub.GetSinceAsync), documentId, 0);
            }
            catch (HubCallFailedException)
            {
                refusals++;
            }
        }

        refusals.Should().BeGreaterThan(0);
    }

    private async Task WaitForVersionAsync(string documentId, int version)
    {
        for (var attempt = 0; attempt < 300 && (await Document(documentId).GetSnapshotAsync(app.Administrator.Actor)).Version < version; attempt++)
        {
            await Task.Delay(10);
        }
    }

    private IDocumentGrain Document(string documentId) => app.Grains.GetGrain<IDocumentGrain>(documentId);

    private async Task<string> CreateDocumentAsync(string title)
    {
        var workspace = await app.CreateWorkspaceAsync($"Dokumente: {title}");
        var documentId = Guid.NewGuid().ToString("N");
        await Document(documentId).CreateAsync(app.Administrator.Actor, workspace.Id, title);
        return documentId;
    }
}
