using Kooperationsraum.Bench.Dashboards;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Exports;
using Kooperationsraum.Web.Resources;
using Kooperationsraum.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Web;

/// <summary>
/// What a person who is a member of one project sees of its cooperation on the dashboard page and in the status report:
/// their project, and nothing of the other, neither shown nor counted. The page is built on the server as the prerender
/// builds it, on the running product's grains.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class DashboardVisibilityPageTests(WebAppFixture app)
{
    [Fact]
    public async Task AMemberSeesOnlyTheirProjectOnTheDashboardThePortfolioAndInTheReport()
    {
        var cooperationId = Guid.NewGuid().ToString("N");
        await app.Grains.GetGrain<IWorkspaceGrain>(cooperationId).CreateAsync(Anna, Cooperation("Sichtbarkeit"));
        var visible = await CreateProjectAsync(cooperationId, "Sichtbares Projekt", withBen: true, tasks: 1);
        await CreateProjectAsync(cooperationId, "Geheimes Projekt", withBen: false, tasks: 4);
        await using var asBen = new DashboardPageRenderer(app.Grains, Ben);
        await using var asAnna = new DashboardPageRenderer(app.Grains, Anna);

        var bensDashboard = await asBen.RenderAsync(cooperationId);
        var bensPortfolio = await asBen.RenderAsync();
        var annasDashboard = await asAnna.RenderAsync(cooperationId);
        var portfolio = await asBen.Services.GetRequiredService<DashboardService>().GetPortfolioAsync(DateOnly.FromDateTime(DateTime.Today));
        var text = asBen.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var report = new StatusReport(portfolio, new Dictionary<string, string>(), DateOnly.FromDateTime(DateTime.Today), text);

        bensDashboard.Should().Contain("Sichtbares Projekt").And.NotContain("Geheimes Projekt");
        bensDashboard.Should().Contain($"data-project-id=\"{visible}\"");
        bensDashboard.Should().Contain("Offen: 1").And.NotContain("Offen: 4").And.NotContain("Offen: 5");
        bensPortfolio.Should().Contain("Sichtbares Projekt").And.NotContain("Geheimes Projekt");
        annasDashboard.Should().Contain("Sichtbares Projekt").And.Contain("Geheimes Projekt");
        portfolio.SelectMany(dashboard => dashboard.Projects).Sum(project => project.TotalTasks).Should().Be(1);
        report.ToCsv().Should().Contain("Sichtbares Projekt").And.NotContain("Geheimes Projekt");
        report.ToMarkdown().Should().Contain("Sichtbares Projekt").And.NotContain("Geheimes Projekt");
    }

    [Fact]
    public async Task SomeoneWhoMaySeeNothingOfACooperationGetsTheNotFoundPanel()
    {
        var cooperationId = Guid.NewGuid().ToString("N");
        await app.Grains.GetGrain<IWorkspaceGrain>(cooperationId).CreateAsync(Anna, Cooperation("Verschlossen"));
        await CreateProjectAsync(cooperationId, "Nicht für Otto", withBen: false, tasks: 1);
        await using var asOtto = new DashboardPageRenderer(app.Grains, Otto);

        var html = await asOtto.RenderAsync(cooperationId);

        html.Should().NotContain("Nicht für Otto").And.NotContain("Verschlossen").And.Contain("not-found-heading");
    }

    private async Task<string> CreateProjectAsync(string cooperationId, string title, bool withBen, int tasks)
    {
        var id = Guid.NewGuid().ToString("N");
        var project = app.Grains.GetGrain<IWorkspaceGrain>(id);
        var created = await project.CreateAsync(Anna, Project(cooperationId) with { Title = title });
        if (withBen)
        {
            await project.AddMemberAsync(Anna, Ben.PersonId, Ben.DisplayName, Ben.OrganisationId, WorkspaceRole.Member);
        }

        for (var task = 0; task < tasks; task++)
        {
            await project.CreateTaskAsync(Anna, created.Columns[0].Id, TaskDraft.Titled($"Aufgabe {task}"));
        }

        return id;
    }
}
