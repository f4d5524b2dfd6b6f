using System.Diagnostics;
using System.Globalization;
using Kooperationsraum.Bench.Dashboards;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kooperationsraum.Bench.Workspaces;

/// <summary>
/// How long a person's list of workspaces takes to build (the overview, and the choice of cooperation on the cooperation
/// and workspace pages) when the platform holds far more workspaces than the person belongs to: 1,000 projects in 20
/// cooperations, 100 partner staff each a member of 20 projects. Measured through the web app's service, first on a host
/// just started on the SQLite file, with no workspace active, then again and again on the same host.
/// </summary>
public static class OverviewBenchmark
{
    private const int Cooperations = 20;
    private const int ProjectsPerCooperation = 50;
    private const int Staff = 100;
    private const int MembersPerProject = 2;
    private const int Restarts = 5;

    private static readonly Actor Coordinator = new("bench-koordination", "Koordination", "bench-org", false);

    public static async Task RunAsync(TimeSpan duration)
    {
        var projects = Cooperations * ProjectsPerCooperation;
        Console.WriteLine();
        Console.WriteLine($"A person's list of workspaces: {projects} projects in {Cooperations} cooperations on SQLite, {Staff} staff each a member of {MembersPerProject * projects / Staff} projects:");
        var folder = Directory.CreateTempSubdirectory("kooperationsraum-bench-");
        try
        {
            var database = Path.Combine(folder.FullName, "overview.db");
            using (var host = await BenchSilo.StartAsync(database))
            {
                var setup = Stopwatch.StartNew();
                await CreateWorkspacesAsync(host.Services.GetRequiredService<IGrainFactory>());
                Console.WriteLine($"  set up {Cooperations + projects} workspaces in {setup.Elapsed.TotalSeconds:F1} s");
                await host.StopAsync();
            }

            var afterStart = new Milliseconds();
            var active = new Milliseconds();
            var listed = 0;
            for (var restart = 0; restart < Restarts; restart++)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                using var host = await BenchSilo.StartAsync(database);
                var grains = host.Services.GetRequiredService<IGrainFactory>();
                var person = StaffMember(restart * 17 % Staff);
                var service = new WorkspaceRegistryService(grains, new FixedActorAccessor(person));

                var first = Stopwatch.StartNew();
                listed = (await service.ListAsync()).Count;
                afterStart.Add(first.Elapsed.TotalMilliseconds);
                var repeating = Stopwatch.StartNew();
                while (repeating.Elapsed < duration / Restarts)
                {
                    var again = Stopwatch.StartNew();
                    await service.ListAsync();
                    active.Add(again.Elapsed.TotalMilliseconds);
                }

                await host.StopAsync();
            }

            Console.WriteLine($"  {listed} workspaces listed; the first list after a start ({afterStart.Count} starts): {afterStart}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  then on the same host: {active.Count} lists, {active.Mean * 1000:F0} µs each on average, the slowest {active.Max:F0} ms"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static Actor StaffMember(int index) => new($"staff-{index}", $"Mitarbeiterin {index}", $"partner-{index % Cooperations}", false);

    // The platform's project number n has the staff members n and n + 1 (modulo the staff), who work across cooperations.
    private static async Task CreateWorkspacesAsync(IGrainFactory grains) =>
        await Task.WhenAll(Enumerable.Range(0, Cooperations).Select(async index =>
        {
            var cooperationId = $"bench-koop-{index}";
            await grains.GetGrain<IWorkspaceGrain>(cooperationId).CreateAsync(
                Coordinator, new WorkspaceDetails(WorkspaceKind.Cooperation, $"Kooperation {index + 1}", string.Empty, ["bench-org", $"partner-{index}"]));
            for (var number = 0; number < ProjectsPerCooperation; number++)
            {
                var platformNumber = (index * ProjectsPerCooperation) + number;
                var project = grains.GetGrain<IWorkspaceGrain>($"{cooperationId}-projekt-{number}");
                await project.CreateAsync(Coordinator, new WorkspaceDetails(
                    WorkspaceKind.Project, $"Projekt {index + 1}.{number + 1}", string.Empty, ["bench-org", $"partner-{index}"], CooperationId: cooperationId));
                foreach (var member in Enumerable.Range(platformNumber, MembersPerProject).Select(each => StaffMember(each % Staff)))
                {
                    await project.AddMemberAsync(Coordinator, member.PersonId, member.DisplayName, member.OrganisationId, WorkspaceRole.Member);
                }
            }
        }));
}
