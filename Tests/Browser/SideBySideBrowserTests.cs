using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Browser;

/// <summary>Two people of different organisations in one workspace, each in their own browser, side by side.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SideBySideBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    private static readonly Organisation Hochschule = new("hs-seite-an-seite", "Hochschule Seite", OrganisationKind.University, "Wildau");
    private static readonly Organisation Stadt = new("stadt-seite-an-seite", "Stadt Seite", OrganisationKind.Municipality, "Königs Wusterhausen");
    private static readonly Organisation Dritte = new("dritte-seite-an-seite", "Landkreis Dritte Seite", OrganisationKind.Municipality, "Lübben");

    [Fact]
    public async Task TwoPeopleOfDifferentOrganisationsLoggedInSideBySideEachSeeExactlyWhatTheyMay()
    {
        var directory = app.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);
        foreach (var organisation in new[] { Hochschule, Stadt, Dritte })
        {
            await directory.AddOrganisationAsync(app.Administrator.Actor, organisation);
        }

        var hanna = await app.CreatePersonaAsync("Hanna Hochschule", Hochschule.Id);
        var stefan = await app.CreatePersonaAsync("Stefan Stadt", Stadt.Id);
        var workspace = await app.CreateWorkspaceAsync("Browser: Seite an Seite");
        var grain = app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id);
        await grain.AddMemberAsync(app.Administrator.Actor, hanna.Actor.PersonId, hanna.Actor.DisplayName, Hochschule.Id, WorkspaceRole.Member);
        await grain.AddMemberAsync(app.Administrator.Actor, stefan.Actor.PersonId, stefan.Actor.DisplayName, Stadt.Id, WorkspaceRole.Member);
        await grain.CreateDocumentAsync(hanna.Actor, "Gemeinsamer Projektplan");
        await grain.CreateDocumentAsync(hanna.Actor, "Für die Stadt freigegeben", DocumentVisibilityMode.NamedOrganisations, [Stadt.Id]);
        await grain.CreateDocumentAsync(hanna.Actor, "Nur für den Landkreis", DocumentVisibilityMode.NamedOrganisations, [Dritte.Id]);
        var hochschulIntern = await grain.CreateDocumentAsync(hanna.Actor, "Interne Berufungsliste", DocumentVisibilityMode.OwnOrganisation);
        await grain.CreateDocumentAsync(stefan.Actor, "Internes Haushaltsmemo", DocumentVisibilityMode.OwnOrganisation);

        var hannasPage = await browser.OpenLiveWorkspaceAsync(app.BaseAddress, hanna, workspace.Id);
        var stefansPage = await browser.OpenLiveWorkspaceAsync(app.BaseAddress, stefan, workspace.Id);
        await hannasPage.GetByRole(AriaRole.Tab, new() { Name = "Dokumente (4)" }).ClickAsync();
        await stefansPage.GetByRole(AriaRole.Tab, new() { Name = "Dokumente (3)" }).ClickAsync();

        await ExpectTitlesAsync(
            hannasPage,
            visible: ["Gemeinsamer Projektplan", "Für die Stadt freigegeben", "Nur für den Landkreis", "Interne Berufungsliste"],
            hidden: ["Internes Haushaltsmemo"]);
        await ExpectTitlesAsync(
            stefansPage,
            visible: ["Gemeinsamer Projektplan", "Für die Stadt freigegeben", "Internes Haushaltsmemo"],
            hidden: ["Nur für den Landkreis", "Interne Berufungsliste"]);
        await Screenshot(hannasPage, "side-by-side-hochschule.png");
        await Screenshot(stefansPage, "side-by-side-stadt.png");

        await stefansPage.GotoAsync($"workspaces/{workspace.Id}/documents/{hochschulIntern.Id}");
        await BrowserFixture.WaitForCircuitAsync(stefansPage);
        await Expect(stefansPage.GetByRole(AriaRole.Heading, new() { Name = "Dokument nicht gefunden" })).ToBeVisibleAsync();
        (await stefansPage.ContentAsync()).Should().NotContain("Interne Berufungsliste");
        (await stefansPage.TitleAsync()).Should().NotContain("Interne Berufungsliste");
        await Screenshot(stefansPage, "side-by-side-refused.png");
        await hannasPage.Context.CloseAsync();
        await stefansPage.Context.CloseAsync();
    }

    private static async Task ExpectTitlesAsync(IPage page, IReadOnlyList<string> visible, IReadOnlyList<string> hidden)
    {
        var main = page.Locator("main");
        foreach (var title in visible)
        {
            await Expect(main.GetByText(title, new() { Exact = true }).First).ToBeVisibleAsync();
        }

        var content = await page.ContentAsync();
        foreach (var title in hidden)
        {
            content.Should().NotContain(title);
        }
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name), Animations = ScreenshotAnimations.Disabled });
}
