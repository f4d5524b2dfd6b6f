using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Grains;
using Kooperationsraum.Tests.Grains.Hosted;
using Kooperationsraum.Tests.Grains.Hosting;
using Kooperationsraum.Web.Components.Pages.Dashboards;
using static Kooperationsraum.Tests.Dashboards.DashboardAggregationTests;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Dashboards;

/// <summary>
/// The cumulative flow on a filtered dashboard page: over three days of work in three projects, the chart's model sums
/// exactly the projects that pass the filters, on every day, the past as the dashboard kept it and today as it is now.
/// </summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class FilteredFlowTests(HostedGrainsFixture fixture)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Start.UtcDateTime);

    [Fact]
    public async Task AFilteredCumulativeFlowSumsOnlyTheFilteredProjectsOnEveryDay()
    {
        var (model, expected, projects) = await ThreeDaysOfWorkAsync();
        var (parking, register, training) = projects;

        var all = Flow(model);
        model.Category = ProjectCategory.OnlineService;
        var online = Flow(model);
        model.Category = null;
        model.PartnerId = "th-nuernberg";
        var partner = Flow(model);
        model.PartnerId = null;
        model.Status = ProjectStatus.Planned;
        var planned = Flow(model);

        all.Should().Equal(expected.Sum([parking, register, training]));
        online.Should().Equal(expected.Sum([parking, training]));
        partner.Should().Equal(expected.Sum([register]));
        planned.Should().Equal(expected.Sum([training]));
        online.Should().NotEqual(all, "the filter must make a difference for this test to say anything");
    }

    [Fact]
    public async Task AProjectThePersonMayNoLongerSeeLeavesTheCumulativeFlowWithItsHistory()
    {
        var (model, expected, projects) = await ThreeDaysOfWorkAsync();

        model.Hide(projects.Register);

        Flow(model).Should().Equal(expected.Sum([projects.Parking, projects.Training]));
    }

    /// <summary>
    /// Three projects of one cooperation: "Parkausweis" and "Schulung" are online services, "Register" a specialist
    /// procedure led by th-nuernberg; "Schulung" is planned, the others are active. Each day moves their boards; the
    /// model is loaded on the third day, as the page loads it.
    /// </summary>
    private async Task<(DashboardModel Model, BoardHistory Expected, (string Parking, string Register, string Training) Projects)> ThreeDaysOfWorkAsync()
    {
        var clock = new ManualTimeProvider(Start);
        await using var host = await WorkspaceHost.StartAsync(fixture.Folder.NewDatabasePath(), clock);
        var cooperationId = HostedWorkspace.NewId();
        await host.Workspace(cooperationId).CreateAsync(Anna, Cooperation());
        var parking = await CreateProjectAsync(host, cooperationId, Project(cooperationId) with { Title = "Parkausweis" });
        var register = await CreateProjectAsync(host, cooperationId, Project(cooperationId) with
        {
            Title = "Register",
            Category = ProjectCategory.SpecialistProcedure,
            LeadOrganisationId = "th-nuernberg",
            PartnerOrganisationIds = ["th-nuernberg"],
        });
        var training = await CreateProjectAsync(host, cooperationId, Project(cooperationId) with { Title = "Schulung", Status = ProjectStatus.Planned });
        var expected = new BoardHistory(Today, Today.AddDays(2));

        var parkingTasks = await AddTasksAsync(host, parking, 3);
        await AddTasksAsync(host, register, 1);
        var trainingTasks = await AddTasksAsync(host, training, 2);
        await expected.RecordAsync(host, Today, parking, register, training);
        clock.Advance(TimeSpan.FromDays(1));
        await MoveAsync(host, parking, parkingTasks[0], 3);
        await AddTasksAsync(host, register, 2);
        await expected.RecordAsync(host, Today.AddDays(1), parking, register, training);
        clock.Advance(TimeSpan.FromDays(1));
        await MoveAsync(host, parking, parkingTasks[1], 1);
        await MoveAsync(host, training, trainingTasks[0], 2);
        await expected.RecordAsync(host, Today.AddDays(2), parking, register, training);

        var dashboard = await Dashboard(host, cooperationId).GetAsync(Anna, Today);
        return (new DashboardModel([dashboard], Today, Today.AddDays(2)), expected, (parking, register, training));
    }

    private static async Task<string> CreateProjectAsync(WorkspaceHost host, string cooperationId, WorkspaceDetails details)
    {
        var id = HostedWorkspace.NewId();
        await host.Workspace(id).CreateAsync(Anna, details with { CooperationId = cooperationId });
        return id;
    }

    private static async Task<IReadOnlyList<string>> AddTasksAsync(WorkspaceHost host, string projectId, int count)
    {
        var project = host.Workspace(projectId);
        var open = (await project.GetAsync(Root))!.Columns[0].Id;
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await project.CreateTaskAsync(Anna, open, TaskDraft.Titled($"Aufgabe {i}"))).Id);
        }

        return ids;
    }

    private static async Task MoveAsync(WorkspaceHost host, string projectId, string taskId, int column)
    {
        var project = host.Workspace(projectId);
        await project.MoveTaskAsync(Anna, taskId, (await project.GetAsync(Root))!.Columns[column].Id, 0);
    }

    private static IReadOnlyList<(DateOnly Day, string Column, int Tasks)> Flow(DashboardModel model) =>
    [
        .. model.Flow.SelectMany(series => series.Days.Select(day => (DateOnly.FromDateTime(day.Day), series.Column, day.Tasks)))
            .OrderBy(point => point.Item1).ThenBy(point => point.Column, StringComparer.Ordinal),
    ];

    /// <summary>Each project's real board counted at the end of each day, to sum for any selection of projects.</summary>
    private sealed class BoardHistory(DateOnly from, DateOnly to)
    {
        private readonly Dictionary<(DateOnly Day, string ProjectId), IReadOnlyList<(string Column, int Tasks)>> counts = [];
        private readonly List<string> columns = [];

        public async Task RecordAsync(WorkspaceHost host, DateOnly day, params string[] projectIds)
        {
            foreach (var id in projectIds)
            {
                var board = (await host.Workspace(id).GetAsync(Root))!;
                counts[(day, id)] = [.. board.Columns.Select(column => (column.Name, column.Tasks.Count))];
                columns.AddRange(board.Columns.Select(column => column.Name).Where(name => !columns.Contains(name)));
            }
        }

        public IReadOnlyList<(DateOnly Day, string Column, int Tasks)> Sum(IReadOnlyList<string> projectIds) =>
        [
            .. Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays)
                .SelectMany(day => columns.Select(column => (day, column, projectIds.Sum(id =>
                    counts.GetValueOrDefault((day, id))?.Where(count => count.Column == column).Sum(count => count.Tasks) ?? 0))))
                .OrderBy(point => point.day).ThenBy(point => point.column, StringComparer.Ordinal),
        ];
    }
}
