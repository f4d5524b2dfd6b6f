using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Documents.Hosted;
using Kooperationsraum.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Browser;

/// <summary>Public bodies must meet WCAG 2.1 AA (BITV 2.0); axe-core checks what it can check automatically.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AccessibilityBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task TheOverviewHasNoWcagViolations()
    {
        await app.CreateWorkspaceAsync("Barrierefreiheit: Übersicht");
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, "");

        var violations = await Accessibility.ViolationsAsync(page);

        violations.Should().BeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheBoardHasNoWcagViolations()
    {
        var workspace = await app.CreateWorkspaceAsync("Barrierefreiheit: Board");
        await SeedTaskAsync(workspace);
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"workspaces/{workspace.Id}");

        var violations = await Accessibility.ViolationsAsync(page);

        violations.Should().BeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheTaskDialogHasNoWcagViolations()
    {
        var workspace = await app.CreateWorkspaceAsync("Barrierefreiheit: Dialog");
        await SeedTaskAsync(workspace);
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"workspaces/{workspace.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bericht abstimmen", Exact = true }).ClickAsync();
        await Expect(page.Locator(".rz-dialog")).ToBeVisibleAsync();

        var violations = await Accessibility.ViolationsAsync(page);

        violations.Should().BeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheMemberListHasNoWcagViolations()
    {
        var workspace = await app.CreateWorkspaceAsync("Barrierefreiheit: Mitglieder");
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"workspaces/{workspace.Id}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Mitglieder (1)" }).ClickAsync();

        var violations = await Accessibility.ViolationsAsync(page);

        violations.Should().BeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheDocumentListHasNoWcagViolations()
    {
        var workspace = await app.CreateWorkspaceAsync("Barrierefreiheit: Dokumente");
        await SeedDocumentAsync(workspace);
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"workspaces/{workspace.Id}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Dokumente (1)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Protokoll Lenkungskreis", Exact = true })).ToBeVisibleAsync();

        var violations = await Accessibility.ViolationsAsync(page);

        violations.Should().BeEmpty();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("Neues Dokument")]
    [InlineData("„Protokoll Lenkungskreis“ umbenennen")]
    [InlineData("„Protokoll Lenkungskreis“ löschen")]
    [InlineData("Verlauf von „Protokoll Lenkungskreis“")]
    public async Task TheDocumentDialogsHaveNoWcagViolations(string button)
    {
        var workspace = await app.CreateWorkspaceAsync("Barrierefreiheit: Dokumentdialoge");
        await SeedDocumentAsync(workspace);
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"workspaces/{workspace.Id}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Dokumente (1)" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Expect(page.Locator(".rz-dialog")).ToBeVisibleAsync();
        await Expect(page.Locator(".rz-dialog .rz-progressbar-circular")).ToHaveCountAsync(0);

        var violations = await Accessibility.ViolationsAsync(page);

        violations.Should().BeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheDirectoryHasNoWcagViolations()
    {
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, "directory");

        var violations = await Accessibility.ViolationsAsync(page);

        violations.Should().BeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheDocumentEditorHasNoWcagViolations()
    {
        var workspace = await app.CreateWorkspaceAsync("Barrierefreiheit: Dokument");
        var documentId = await SeedDocumentAsync(workspace);
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"workspaces/{workspace.Id}/documents/{documentId}");
        await Expect(page.Locator(".save-state")).ToHaveTextAsync("Gespeichert");

        var violations = await Accessibility.ViolationsAsync(page);

        violations.Should().BeEmpty();
        await page.Context.CloseAsync();
    }

    private async Task<string> SeedDocumentAsync(WorkspaceSnapshot workspace)
    {
        var listed = await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).CreateDocumentAsync(app.Administrator.Actor, "Protokoll Lenkungskreis");
        await app.Grains.GetGrain<IDocumentGrain>(listed.Id).SubmitAsync(
            app.Administrator.Actor, new OperationId("barrierefreiheit", 1), 0, TextOperation.Replace(0, 0, 0, "# Protokoll\n\n- [x] Begrüßung\n- [ ] Bericht\n- **Haushalt** besprochen\n- [Link](https://example.org)\n\n> Zitat\n"));
        return listed.Id;
    }

    private async Task SeedTaskAsync(WorkspaceSnapshot workspace)
    {
        await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).CreateTaskAsync(app.Administrator.Actor, workspace.Columns[0].Id, TaskDraft.Titled("Bericht abstimmen") with
        {
            Description = "Mit **allen** Partnern.",
            AssigneeIds = [app.Administrator.Actor.PersonId],
            DueDate = DateOnly.FromDateTime(DateTime.Today.AddDays(3)),
            Labels = ["Bericht"],
            Checklist = [new ChecklistItem("Entwurf", true)],
        });
    }

}
