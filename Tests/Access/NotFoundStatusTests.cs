using System.Net;
using System.Text.RegularExpressions;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;

namespace Kooperationsraum.Tests.Access;

/// <summary>
/// Pages of a workspace, document or cooperation answer what is not there and what is not the reader's alike: 404 with
/// the not-found panel, so that neither the status nor the page tells the two apart. The matrix checks the refusals
/// one by one; these check what is not there, and that both answers read the same.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed partial class NotFoundStatusTests(WebAppFixture app)
{
    public static TheoryData<string> ScopedPages() =>
    [
        "/workspaces/{0}",
        "/workspaces/{0}/documents/{1}",
        "/cooperations/{0}",
        "/cooperations/{0}/dashboard",
    ];

    [Theory]
    [MemberData(nameof(ScopedPages))]
    public async Task APageOfSomethingThatDoesNotExistAnswers404WithTheNotFoundPanel(string route)
    {
        using var client = app.CreateClient(app.AdministratorCookies);

        using var response = await client.GetAsync(string.Format(route, "gibt-es-nicht", "auch-nicht"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("id=\"not-found-heading\"");
    }

    [Theory]
    [MemberData(nameof(ScopedPages))]
    public async Task APageOneMayNotSeeAnswersLikeOneOfSomethingThatDoesNotExist(string route)
    {
        var workspace = await app.CreateWorkspaceAsync("Fremder Raum");
        var document = await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).CreateDocumentAsync(app.Administrator.Actor, "Fremdes Dokument");
        var outsider = await app.CreatePersonaAsync("Olga Außenstehend");
        using var client = app.CreateClient(await app.SignInAsync(outsider));

        using var notYours = await client.GetAsync(string.Format(route, workspace.Id, document.Id));
        using var notThere = await client.GetAsync(string.Format(route, "gibt-es-nicht", "auch-nicht"));

        notYours.StatusCode.Should().Be(HttpStatusCode.NotFound);
        notThere.StatusCode.Should().Be(notYours.StatusCode);
        var heading = Heading(await notYours.Content.ReadAsStringAsync());
        heading.Should().NotBeEmpty();
        Heading(await notThere.Content.ReadAsStringAsync()).Should().Be(heading);
    }

    private static string Heading(string html) => NotFoundHeading().Match(html).Groups["text"].Value;

    [GeneratedRegex("""<h1 id="not-found-heading">(?<text>[^<]*)</h1>""")]
    private static partial Regex NotFoundHeading();
}
