using System.Net;
using System.Net.WebSockets;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Exports;
using Kooperationsraum.Web.Hubs;

namespace Kooperationsraum.Tests.Accounts;

/// <summary>Every page, hub and endpoint needs a signed-in person; only the account pages and static assets do not.</summary>
[Collection(WebAppCollection.Name)]
public sealed class EntryPointTests(WebAppFixture app) : IDisposable
{
    private readonly HttpClient anonymous = app.CreateClient(cookies: null);

    [Theory]
    [InlineData("/")]
    [InlineData("/directory")]
    [InlineData("/workspaces/irgendeiner")]
    [InlineData("/account/password")]
    public async Task ASignedOutVisitorOfAPageIsSentToTheSignInPage(string path)
    {
        using var response = await anonymous.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be("/login");
        response.Headers.Location.Query.Should().Contain(Uri.EscapeDataString(path));
    }

    [Theory]
    [InlineData("/hubs/workspaces/negotiate?negotiateVersion=1")]
    [InlineData("/hubs/documents/negotiate?negotiateVersion=1")]
    [InlineData("/_blazor/negotiate?negotiateVersion=1")]
    public async Task ASignedOutHubNegotiationIsUnauthorized(string path)
    {
        using var response = await anonymous.PostAsync(path, content: null);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ASignedOutExportIsUnauthorized()
    {
        var workspace = await app.CreateWorkspaceAsync("Eingänge: Export");
        var document = await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).CreateDocumentAsync(app.Administrator.Actor, "Vertraulich");

        using var response = await anonymous.GetAsync(DocumentExportEndpoints.MarkdownPath(document.Id));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("Vertraulich");
    }

    [Theory]
    [InlineData(WorkspaceHub.Path)]
    [InlineData(DocumentHub.Path)]
    public async Task ASignedOutWebSocketToAHubIsRefused(string hubPath)
    {
        var connect = () => HubProtocolClient.ConnectAsync(app.BaseAddress, hubPath);

        await connect.Should().ThrowAsync<WebSocketException>();
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/app.css")]
    [InlineData("/culture?name=en-GB&returnUrl=/login")]
    public async Task TheSignInPageItsAssetsAndTheLanguageSwitchNeedNoAccount(string path)
    {
        using var response = await anonymous.GetAsync(path);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().Should().Be("/login");
        }
    }

    [Fact]
    public async Task AHubActsAsThePersonWhoseCookieOpenedTheConnection()
    {
        var persona = await app.CreatePersonaAsync("Karla Weiß");
        var workspace = await app.CreateWorkspaceAsync("Eingänge: Hub-Person");
        await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).AddMemberAsync(
            app.Administrator.Actor, persona.Actor.PersonId, persona.Actor.DisplayName, persona.Actor.OrganisationId, WorkspaceRole.Member);
        await using var connection = await app.ConnectHubAsync(WorkspaceHub.Path, persona);

        var task = await connection.InvokeAsync<BoardTask>(
            nameof(WorkspaceHub.CreateTaskAsync), workspace.Id, workspace.Columns[0].Id, TaskDraft.Titled("Von Karla"));

        var stored = (await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).GetAsync(app.Administrator.Actor))!;
        stored.Members.Should().Contain(m => m.PersonId == persona.Actor.PersonId);
        task!.Created.PersonId.Should().Be(persona.Actor.PersonId);
        task.Created.DisplayName.Should().Be("Karla Weiß");
    }

    [Fact]
    public async Task AHubRefusesWhatThePersonOnTheConnectionMayNotDo()
    {
        var outsider = await app.CreatePersonaAsync("Lars Ohnezutritt");
        var workspace = await app.CreateWorkspaceAsync("Eingänge: Fremd");
        await using var connection = await app.ConnectHubAsync(WorkspaceHub.Path, outsider);

        var join = () => connection.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.JoinWorkspaceAsync), workspace.Id);

        (await join.Should().ThrowAsync<HubCallFailedException>()).Which.Message.Should().Contain(nameof(WorkspaceError.NotAllowed));
    }

    public void Dispose() => anonymous.Dispose();
}
