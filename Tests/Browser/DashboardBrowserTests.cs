using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Dashboards;
using Kooperationsraum.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kooperationsraum.Tests.Browser;

/// <summary>The dashboards in Chromium: live without reload, and the cooperation page's milestones.</summary>
[Collection(WebAppCollection.Name)]
public sealed class DashboardBrowserTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task ATaskMovedInAProjectUpdatesAnOpenDashboardWithoutReload()
    {
        var (cooperation, project) = await CreateCooperationWithProjectAsync("Browser: Live-Dashboard");
        var grain = app.Grains.GetGrain<IWorkspaceGrain>(project.Id);
        await grain.UpdateDetailsAsync(app.Administrator.Actor, project.Details with { Milestones = [new Milestone("Pilot", DateOnly.FromDateTime(DateTime.Today.AddMonths(2)), false)] });
        var task = await grain.CreateTaskAsync(app.Administrator.Actor, project.Columns[0].Id, TaskDraft.Titled("Konzept schreiben"));
        await grain.CreateTaskAsync(app.Administrator.Actor, project.Columns[0].Id, TaskDraft.Titled("Workshop planen"));
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"cooperations/{cooperation.Id}/dashboard");
        await Expect(page.Locator(".live-indicator.on")).ToBeVisibleAsync();
        var row = page.Locator($"tr[data-project-id='{project.Id}']");
        await Expect(row.Locator("[data-field=done-share]")).ToHaveTextAsync("0 %");
        await page.EvaluateAsync("() => window.dashboardWasNotReloaded = true");

        await grain.MoveTaskAsync(app.Administrator.Actor, task.Id, project.Columns[^1].Id, 0);

        await Expect(row.Locator("[data-field=done-share]")).ToHaveTextAsync("50 %");
        await Expect(row.Locator("[data-column='Erledigt']")).ToHaveTextAsync("Erledigt: 1");
        await Expect(row.Locator("[data-column='Offen']")).ToHaveTextAsync("Offen: 1");
        (await page.EvaluateAsync<bool>("() => window.dashboardWasNotReloaded === true")).Should().BeTrue();
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-live.png"), FullPage = true });
        await page.Locator("#dashboard-timeline").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-live-timeline.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheDashboardTableNeverLosesRowsBetweenThePrerenderAndTheLivePage()
    {
        var (cooperation, project) = await CreateCooperationWithProjectAsync("Browser: Kein Flackern");
        await AddProjectsLikeAsync(project, 5);

        var grain = app.Grains.GetGrain<IWorkspaceGrain>(project.Id);
        var task = await grain.CreateTaskAsync(app.Administrator.Actor, project.Columns[0].Id, TaskDraft.Titled("Antrag prüfen"));
        var page = await browser.NewSignedInPageAsync(app.BaseAddress, app.Administrator);
        await page.AddInitScriptAsync(RowCounter);

        await page.GotoAsync($"cooperations/{cooperation.Id}/dashboard");
        await Expect(page.Locator(".live-indicator.on")).ToBeVisibleAsync();
        await grain.MoveTaskAsync(app.Administrator.Actor, task.Id, project.Columns[^1].Id, 0);
        await Expect(page.Locator($"tr[data-project-id='{project.Id}'] [data-field=done-share]")).ToHaveTextAsync("100 %");

        var rowsBeforeTheCircuit = await page.EvaluateAsync<int>("() => window.__rowsBeforeTheCircuit");
        var rowsWhenTheCircuitCameUp = await page.EvaluateAsync<int>("() => window.__rowsWhenTheCircuitCameUp");
        var counts = await page.EvaluateAsync<int[]>("() => window.__rowCounts");
        rowsBeforeTheCircuit.Should().Be(6, "the prerender shows every row");
        rowsWhenTheCircuitCameUp.Should().Be(6, "the interactive page starts with the prerender's rows");
        counts.SkipWhile(rows => rows < 6).Should().OnlyContain(rows => rows == 6, "once shown, no row goes away while the page becomes live");
        await page.Locator("#dashboard-projects").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-no-flicker.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AFilterNarrowsTheCumulativeFlowAndTheContributionsToTheProjectsItLetsThrough()
    {
        var (cooperation, project) = await CreateCooperationWithProjectAsync("Browser: Gefilterter Fluss");
        var register = await app.Grains.GetGrain<IWorkspaceGrain>(Guid.NewGuid().ToString("N")).CreateAsync(
            app.Administrator.Actor, project.Details with { Title = "Fachregister", Category = ProjectCategory.SpecialistProcedure });
        var parking = app.Grains.GetGrain<IWorkspaceGrain>(project.Id);
        await parking.CreateTaskAsync(app.Administrator.Actor, project.Columns[0].Id, TaskDraft.Titled("Antrag entwerfen"));
        await parking.CreateTaskAsync(app.Administrator.Actor, project.Columns[0].Id, TaskDraft.Titled("Gebühren klären"));
        var registry = app.Grains.GetGrain<IWorkspaceGrain>(register.Id);
        await registry.CreateTaskAsync(app.Administrator.Actor, register.Columns[0].Id, TaskDraft.Titled("Schnittstelle beschreiben"));
        await registry.CreateTaskAsync(app.Administrator.Actor, register.Columns[^1].Id, TaskDraft.Titled("Altdaten gesichtet"));
        var minutes = await registry.CreateDocumentAsync(app.Administrator.Actor, "Protokoll Auftakt");
        await Typing.TypeAsync(app.Grains.GetGrain<IDocumentGrain>(minutes.Id), app.Administrator.Actor, "Teilnehmende: Stadt und Hochschule");
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"cooperations/{cooperation.Id}/dashboard");
        var legend = page.Locator(".flow-legend");
        await Expect(legend.Locator("[data-column='Offen']")).ToHaveTextAsync("Offen: 3");
        await Expect(legend.Locator("[data-column='Erledigt']")).ToHaveTextAsync("Erledigt: 1");

        await BrowserFixture.ChooseAsync(page, page.Locator(".dashboard-filters .rz-dropdown").First, "Fachverfahren");

        await Expect(page.Locator("tr[data-project-id]")).ToHaveCountAsync(1);
        await Expect(legend.Locator("[data-column='Offen']")).ToHaveTextAsync("Offen: 1");
        await Expect(legend.Locator("[data-column='Erledigt']")).ToHaveTextAsync("Erledigt: 1");
        await Expect(page.Locator("section[aria-labelledby=dashboard-contributions] tbody td").Last).ToHaveTextAsync("1");
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-filtered.png") });
        await page.Locator("section[aria-labelledby=dashboard-flow]").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-filtered-flow.png") });
        await page.Locator("section[aria-labelledby=dashboard-contributions]").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-contributions.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheChartsAndTheTimelineFollowTheTableOnceTheBrowserHasPaintedIt()
    {
        var (cooperation, project) = await CreateCooperationWithProjectAsync("Browser: Diagramme folgen");
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"cooperations/{cooperation.Id}/dashboard");

        await Expect(page.Locator($"tr[data-project-id='{project.Id}']")).ToBeVisibleAsync();

        await Expect(page.Locator("section[aria-labelledby=dashboard-done] .rz-chart svg .rz-bar-series path").First).ToBeAttachedAsync();
        await Expect(page.Locator("section[aria-labelledby=dashboard-flow] .rz-chart svg .rz-area-series").First).ToBeAttachedAsync();
        await Expect(page.Locator("section[aria-labelledby=dashboard-timeline] .rz-gantt").GetByText("Parkausweis online").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BelowALongTableTheChartsAndTheTimelineWaitUntilThePersonScrollsTowardsThem()
    {
        var (cooperation, project) = await CreateCooperationWithProjectAsync("Browser: Diagramme warten");
        await AddProjectsLikeAsync(project, 24);

        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"cooperations/{cooperation.Id}/dashboard");
        await Expect(page.Locator(".live-indicator.on")).ToBeVisibleAsync();
        await Expect(page.Locator("tr[data-project-id]")).ToHaveCountAsync(25);

        // Drawn once the table is painted, the figures would be there within a few of the circuit's round trips.
        await page.WaitForTimeoutAsync(1000);
        await Expect(page.Locator("section[aria-labelledby=dashboard-done] .rz-chart")).ToHaveCountAsync(0);
        await Expect(page.Locator("section[aria-labelledby=dashboard-timeline] .rz-gantt")).ToHaveCountAsync(0);

        await page.Locator("#dashboard-done").ScrollIntoViewIfNeededAsync();

        await Expect(page.Locator("section[aria-labelledby=dashboard-done] .rz-chart svg .rz-bar-series path").First).ToBeAttachedAsync();
        await Expect(page.Locator("section[aria-labelledby=dashboard-timeline] .rz-gantt").GetByText("Vorhaben 24").First).ToBeAttachedAsync();
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-figures-after-scrolling.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AProjectWithNothingDoneKeepsItsNameReadableInTheShareDoneChart()
    {
        var (cooperation, _) = await CreateCooperationWithProjectAsync("Browser: Null Prozent");
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"cooperations/{cooperation.Id}/dashboard");
        var chart = page.Locator("section[aria-labelledby=dashboard-done] .rz-chart svg");
        var name = chart.Locator(".rz-tick-text", new() { HasTextString = "Parkausweis online" });
        var share = chart.Locator(".rz-series-data-label-group", new() { HasTextString = "0 %" }).Locator(".rz-series-data-label-chip");
        await Expect(share).ToBeVisibleAsync();

        var nameBox = (await name.BoundingBoxAsync())!;
        var shareBox = (await share.BoundingBoxAsync())!;

        shareBox.X.Should().BeGreaterThanOrEqualTo(nameBox.X + nameBox.Width, "the share stands beside the project's name, not on it");
        await page.Locator("section[aria-labelledby=dashboard-done]").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-share-nothing-done.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheTimelinesTodayLineStandsWhereTodayIsOnTheProjectsBarInTheGermanPage()
    {
        var (cooperation, project) = await CreateCooperationWithProjectAsync("Browser: Heute im Zeitplan");
        var details = project.Details with
        {
            StartsOn = DateOnly.FromDateTime(DateTime.Today.AddMonths(-13)),
            EndsOn = DateOnly.FromDateTime(DateTime.Today.AddMonths(23)),
        };
        await app.Grains.GetGrain<IWorkspaceGrain>(project.Id).UpdateDetailsAsync(app.Administrator.Actor, details);

        // Three years do not fit the timeline's visible part, which is where the line went wrong.
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"cooperations/{cooperation.Id}/dashboard");
        var timeline = page.Locator("section[aria-labelledby=dashboard-timeline]");
        await Expect(timeline.Locator(".rz-gantt-bar")).ToHaveCountAsync(1);

        var bar = (await timeline.Locator(".rz-gantt-bar").BoundingBoxAsync())!;
        var today = (await timeline.Locator(".rz-gantt-today-line").BoundingBoxAsync())!;

        var start = details.StartsOn!.Value.ToDateTime(TimeOnly.MinValue);
        var end = details.EndsOn!.Value.ToDateTime(TimeOnly.MinValue);
        var share = (DateTime.Now - start) / (end - start);
        var expected = bar.X + (share * bar.Width);
        today.X.Should().BeApproximately((float)expected, bar.Width * 0.03f, "the line marks today on the same scale as the bars");
        await timeline.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-timeline-today.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheTimelineFollowsARenamedProjectWithoutReload()
    {
        var (cooperation, project) = await CreateCooperationWithProjectAsync("Browser: Zeitplan folgt");
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"cooperations/{cooperation.Id}/dashboard");
        await Expect(page.Locator(".live-indicator.on")).ToBeVisibleAsync();
        var timeline = page.Locator("section[aria-labelledby=dashboard-timeline]");
        await Expect(timeline.GetByText("Parkausweis online").First).ToBeVisibleAsync();
        await page.EvaluateAsync("() => window.dashboardWasNotReloaded = true");

        await app.Grains.GetGrain<IWorkspaceGrain>(project.Id).UpdateDetailsAsync(app.Administrator.Actor, project.Details with { Title = "Parkausweis digital" });

        await Expect(page.Locator($"tr[data-project-id='{project.Id}'] th")).ToHaveTextAsync("Parkausweis digital");
        await Expect(timeline.GetByText("Parkausweis digital").First).ToBeVisibleAsync();
        await Expect(timeline.GetByText("Parkausweis online")).ToHaveCountAsync(0);
        (await page.EvaluateAsync<bool>("() => window.dashboardWasNotReloaded === true")).Should().BeTrue();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MilestonesAddedOnTheCooperationPageAreListedWithTheirProject()
    {
        var (cooperation, project) = await CreateCooperationWithProjectAsync("Browser: Meilensteine");
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, $"cooperations/{cooperation.Id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Meilensteine von Parkausweis online bearbeiten" }).ClickAsync();
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Meilenstein hinzufügen" }).ClickAsync();
        await page.Locator(".rz-dialog input[name=MilestoneTitle1]").FillAsync("Go-live");
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        await Expect(page.Locator($"tr[data-project-id='{project.Id}'] .milestone-list")).ToContainTextAsync("Go-live");
        var stored = await app.Grains.GetGrain<IWorkspaceGrain>(project.Id).GetAsync(app.Administrator.Actor);
        stored!.Details.Milestones.Should().ContainSingle().Which.Title.Should().Be("Go-live");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "cooperation-page.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AtTheUsualWidthThePortfolioShowsAProjectsColumnCountsInTwoLinesWithoutBreakingAWord()
    {
        var (page, row, _, _) = await OpenThePortfolioWithALongWordedProjectAsync("Browser: Portfolio in Zeilen");
        await row.ScrollIntoViewIfNeededAsync();

        var lines = await row.EvaluateAsync<int>("row => new Set([...row.querySelectorAll('.dash-count')].map(chip => Math.round(chip.getBoundingClientRect().top))).size");
        var broken = await row.Locator(CellsButTheLastActivity).EvaluateAllAsync<string[]>(BrokenWords);

        lines.Should().BeLessThanOrEqualTo(2, "two chips of the column counts stand side by side at 1440 pixels");
        broken.Should().BeEmpty("no word of the row is broken inside");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "portfolio-rows-1440.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task InANarrowerWindowThePortfolioSetsTheCooperationUnderTheProjectAndBreaksNoWord()
    {
        var (page, row, cooperation, project) = await OpenThePortfolioWithALongWordedProjectAsync("Browser: Portfolio im schmalen Fenster");

        await page.SetViewportSizeAsync(1280, 900);
        await row.ScrollIntoViewIfNeededAsync();
        var name = (await row.GetByRole(AriaRole.Link, new() { Name = project.Details.Title }).BoundingBoxAsync())!;
        var cooperationName = (await row.GetByRole(AriaRole.Link, new() { Name = cooperation.Details.Title }).BoundingBoxAsync())!;
        var broken = await row.Locator(CellsButTheLastActivity).EvaluateAllAsync<string[]>(BrokenWords);

        cooperationName.Y.Should().BeGreaterThanOrEqualTo(name.Y + name.Height, "the cooperation stands under the project's name");
        cooperationName.X.Should().BeApproximately(name.X, 1, "in the project's column");
        broken.Should().BeEmpty("the other columns keep their words whole rather than squeezed into nine columns");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "portfolio-rows-1280.png") });
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("cooperations/{0}/dashboard")]
    [InlineData("cooperations/{0}")]
    [InlineData("portfolio")]
    public async Task TheDashboardsAndTheCooperationPageHaveNoWcagViolations(string path)
    {
        var (cooperation, project) = await CreateCooperationWithProjectAsync("Barrierefreiheit: Dashboard");
        var grain = app.Grains.GetGrain<IWorkspaceGrain>(project.Id);
        await grain.UpdateDetailsAsync(app.Administrator.Actor, project.Details with { Milestones = [new Milestone("Pilot", DateOnly.FromDateTime(DateTime.Today), true)] });
        await grain.SetColumnWipLimitAsync(app.Administrator.Actor, project.Columns[0].Id, 1);
        await grain.CreateTaskAsync(app.Administrator.Actor, project.Columns[0].Id, TaskDraft.Titled("Überfällig") with { DueDate = DateOnly.FromDateTime(DateTime.Today.AddDays(-2)) });
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, cooperation.Id));
        await Expect(page.Locator($"tr[data-project-id='{project.Id}']")).ToBeVisibleAsync();

        var violations = await Accessibility.ViolationsAsync(page);

        violations.Should().BeEmpty();
        await page.Context.CloseAsync();
    }

    // A project row's cells but the last activity, which names an organisation: a long name breaks in any narrow column.
    private const string CellsButTheLastActivity = "th, td:not(:last-child)";

    // The words of the elements' text (split at spaces and hyphens, where a line may break) that the browser set on more
    // than one line.
    private const string BrokenWords = """
        elements => elements.flatMap(element => {
            const broken = [];
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const word of node.data.matchAll(/[^\s-]+/g)) {
                    const range = document.createRange();
                    range.setStart(node, word.index);
                    range.setEnd(node, word.index + word[0].length);
                    const lines = new Set([...range.getClientRects()].filter(rect => rect.width > 0).map(rect => Math.round(rect.top)));
                    if (lines.size > 1) {
                        broken.push(word[0]);
                    }
                }
            }
            return broken;
        })
        """;

    // Counts the table's project rows from navigation start on, every change of the count, and the count when the circuit came up.
    private const string RowCounter = """
        (() => {
            window.__rowCounts = [];
            window.__rowsBeforeTheCircuit = 0;
            window.__rowsWhenTheCircuitCameUp = null;
            new MutationObserver(() => {
                const rows = document.querySelectorAll('table.dashboard-table tr[data-project-id]').length;
                if (window.__rowCounts.length === 0 || window.__rowCounts[window.__rowCounts.length - 1] !== rows) {
                    window.__rowCounts.push(rows);
                }

                if (window.__rowsWhenTheCircuitCameUp !== null) {
                    return;
                }

                if (document.querySelector('[data-circuit=ready]')) {
                    window.__rowsWhenTheCircuitCameUp = rows;
                } else {
                    window.__rowsBeforeTheCircuit = rows;
                }
            }).observe(document, { subtree: true, childList: true, attributes: true });
        })();
        """;

    private async Task<(WorkspaceSnapshot Cooperation, WorkspaceSnapshot Project)> CreateCooperationWithProjectAsync(string title)
    {
        var cooperation = await app.CreateWorkspaceAsync(title);
        var project = await app.CreateProjectAsync(cooperation, "Parkausweis online");
        return (cooperation, project);
    }

    // The portfolio, live, showing a project of a new cooperation whose category and status are long words
    // ("Qualifizierung · Abgeschlossen").
    private async Task<(IPage Page, ILocator Row, WorkspaceSnapshot Cooperation, WorkspaceSnapshot Project)> OpenThePortfolioWithALongWordedProjectAsync(string cooperationTitle)
    {
        var (cooperation, project) = await CreateCooperationWithProjectAsync(cooperationTitle);
        await app.Grains.GetGrain<IWorkspaceGrain>(project.Id).UpdateDetailsAsync(
            app.Administrator.Actor, project.Details with { Category = ProjectCategory.Qualification, Status = ProjectStatus.Completed });
        var page = await browser.OpenInteractiveAsync(app.BaseAddress, app.Administrator, "portfolio");
        var row = page.Locator($"tr[data-project-id='{project.Id}']");
        await Expect(row.Locator("[data-column='Erledigt']")).ToBeVisibleAsync();
        return (page, row, cooperation, project);
    }

    // More projects of the same cooperation, titled "Vorhaben 1" to "Vorhaben {count}".
    private async Task AddProjectsLikeAsync(WorkspaceSnapshot project, int count)
    {
        for (var number = 1; number <= count; number++)
        {
            await app.Grains.GetGrain<IWorkspaceGrain>(Guid.NewGuid().ToString("N")).CreateAsync(app.Administrator.Actor, project.Details with { Title = $"Vorhaben {number}" });
        }
    }
}
