using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class MemberBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task AMemberAddedInOneBrowserAppearsWithOrganisationAndRoleInTheOther()
    {
        var directory = app.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);
        await directory.AddOrganisationAsync(app.Administrator.Actor, new Organisation("th-wildau", "Technische Hochschule Wildau", OrganisationKind.University, "Wildau"));
        await directory.AddPersonAsync(app.Administrator.Actor, new Person("mira-berger", "Mira Berger", "mira.berger@th-wildau.example", "th-wildau"));
        var workspace = await app.CreateWorkspaceAsync("Browser: Mitglieder");
        var alice = await OpenMembersAsync(workspace);
        var bob = await OpenMembersAsync(workspace);

        await alice.Locator(".add-member .rz-dropdown").First.ClickAsync();
        await alice.Locator(".rz-popup .rz-dropdown-item", new() { HasText = "Mira Berger" }).ClickAsync();
        await alice.GetByRole(AriaRole.Button, new() { Name = "Aufnehmen" }).ClickAsync();

        var row = bob.Locator(".rz-data-row", new() { HasText = "Mira Berger" });
        await Expect(row).ToContainTextAsync("Technische Hochschule Wildau");
        await Expect(bob.GetByRole(AriaRole.Tab, new() { Name = "Mitglieder (2)" })).ToBeVisibleAsync();
        await bob.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "members.png") });
        var stored = await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).GetAsync(app.Administrator.Actor);
        stored!.Members.Should().Contain(m => m.PersonId == "mira-berger" && m.Role == WorkspaceRole.Member);
        await alice.Context.CloseAsync();
        await bob.Context.CloseAsync();
    }

    [Fact]
    public async Task TheActivityNamesWhoDidWhat()
    {
        var workspace = await app.CreateWorkspaceAsync("Browser: Aktivität");
        await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).AddColumnAsync(app.Administrator.Actor, "Archiv", null);
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"workspaces/{workspace.Id}");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Aktivität" }).ClickAsync();

        await Expect(page.Locator(".activity-list li").First).ToContainTextAsync($"{app.Administrator.Actor.DisplayName} hat die Spalte „Archiv“ hinzugefügt");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "activity.png") });
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenMembersAsync(WorkspaceSnapshot workspace)
    {
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"workspaces/{workspace.Id}");
        await Expect(page.Locator(".live-indicator.on")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Mitglieder (1)" }).ClickAsync();
        return page;
    }
}
