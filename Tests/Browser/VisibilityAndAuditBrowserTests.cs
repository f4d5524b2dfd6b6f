using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Browser;

/// <summary>Choosing and changing who may see a document, and reading the audit log, on the workspace page.</summary>
[Collection(WebAppCollection.Name)]
public sealed class VisibilityAndAuditBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    private static readonly Organisation University = new("th-nuernberg-browser", "TH Nürnberg", OrganisationKind.University, "Nürnberg");
    private static readonly Organisation City = new("stadt-wolfsburg-browser", "Stadt Wolfsburg", OrganisationKind.Municipality, "Wolfsburg");

    [Fact]
    public async Task ADocumentsVisibilityIsChosenAtCreationChangedLaterAndBothShowInTheAuditTab()
    {
        var workspace = await app.CreateWorkspaceAsync("Browser: Sichtbarkeit");
        var grain = app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id);
        var directory = app.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);
        await directory.AddOrganisationAsync(app.Administrator.Actor, University);
        await directory.AddOrganisationAsync(app.Administrator.Actor, City);
        await directory.AddPersonAsync(app.Administrator.Actor, new Person("ben-browser", "Ben Weber", "ben@example.org", University.Id));
        await grain.AddMemberAsync(app.Administrator.Actor, "ben-browser", "Ben Weber", University.Id, WorkspaceRole.Member);
        await grain.AddMemberAsync(app.Administrator.Actor, "dora-browser", "Dora Yılmaz", City.Id, WorkspaceRole.Guest);
        var page = await browser.OpenLiveWorkspaceAsync(app.BaseAddress, app.Administrator, workspace.Id);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Dokumente (0)" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Neues Dokument" }).ClickAsync();
        var dialog = page.Locator(".rz-dialog");
        await dialog.GetByLabel("Titel").FillAsync("Haushaltsentwurf 2026");
        await dialog.GetByText("Ausgewählte Partnerorganisationen").ClickAsync();
        await dialog.GetByText("TH Nürnberg").ClickAsync();
        await Expect(dialog.GetByText("Stadt Wolfsburg")).ToBeVisibleAsync();
        await Expect(dialog.GetByText("Das Dokument gehört Betreiberorganisation; deren Mitglieder sehen es immer.")).ToBeVisibleAsync();
        await Screenshot(page, "document-visibility-create.png");
        (await Accessibility.ViolationsAsync(page)).Should().BeEmpty();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Anlegen" }).ClickAsync();

        await Expect(page.Locator(".visibility-badge")).ToContainTextAsync("Ausgewählte Partner");
        var listed = (await grain.GetAsync(app.Administrator.Actor))!.Documents.Single();
        listed.Visibility.Should().Be(new DocumentVisibility(DocumentVisibilityMode.NamedOrganisations, app.Administrator.Actor.OrganisationId, [University.Id]));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sichtbarkeit von „Haushaltsentwurf 2026“ ändern" }).ClickAsync();
        await dialog.GetByText("Nur die eigene Organisation").ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        await Expect(page.Locator(".visibility-badge")).ToContainTextAsync("Nur eigene Organisation");
        await Screenshot(page, "document-visibility-list.png");
        (await grain.GetAsync(app.Administrator.Actor))!.Documents.Single().Visibility.Mode.Should().Be(DocumentVisibilityMode.OwnOrganisation);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Audit" }).ClickAsync();
        var rows = page.Locator(".audit .rz-data-row");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(0)).ToContainTextAsync("Sichtbarkeit geändert");
        await Expect(rows.Nth(0)).ToContainTextAsync("Haushaltsentwurf 2026");
        await Expect(rows.Nth(0)).ToContainTextAsync("Ausgewählte Partner: TH Nürnberg → Nur eigene Organisation");
        await Expect(rows.Nth(1)).ToContainTextAsync("Mitglied aufgenommen");
        await Expect(rows.Nth(1)).ToContainTextAsync("Dora Yılmaz (Stadt Wolfsburg)");
        await Expect(rows.Nth(2)).ToContainTextAsync("Ben Weber (TH Nürnberg)");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Als CSV herunterladen" }))
            .ToHaveAttributeAsync("href", $"api/workspaces/{workspace.Id}/audit.csv");
        await Screenshot(page, "audit-tab.png");
        (await Accessibility.ViolationsAsync(page)).Should().BeEmpty();
        await page.Context.CloseAsync();
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name), Animations = ScreenshotAnimations.Disabled });
}
