using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Tests.Grains;
using Kooperationsraum.Tests.Grains.Hosted;
using Kooperationsraum.Tests.Grains.Hosting;
using Kooperationsraum.Tests.Silo;
using static Kooperationsraum.Tests.Dashboards.DashboardAggregationTests;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Dashboards;

/// <summary>
/// The edits in a project's documents as its dashboard counts them: editing sessions per partner organisation, reported
/// by the documents to their workspace and by it to the dashboard; deleted documents keep counting, and a restart loses
/// nothing. Each test runs a host of its own, since it moves the clock.
/// </summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class DashboardEditTests(HostedGrainsFixture fixture)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Start.UtcDateTime);

    [Fact]
    public async Task EditSessionsInAProjectsDocumentsReachItsDashboardPerOrganisation()
    {
        var clock = new ManualTimeProvider(Start);
        await using var host = await WorkspaceHost.StartAsync(fixture.Folder.NewDatabasePath(), clock);
        var (cooperationId, projectId) = await CreateProjectAsync(host);
        var document = host.Document((await host.Workspace(projectId).CreateDocumentAsync(Ben, "Konzept")).Id);

        await Typing.TypeAsync(document, Ben, "Ent");
        clock.Advance(TimeSpan.FromMinutes(20));
        await Typing.TypeAsync(document, Ben, "wurf");
        await Typing.TypeAsync(document, Dora, " mit Anmerkungen");
        clock.Advance(TimeSpan.FromMinutes(31));
        await Typing.TypeAsync(document, Ben, ", überarbeitet");

        await ContributionsShouldBecomeAsync(host, cooperationId, projectId, (Dora.OrganisationId, 1), (Ben.OrganisationId, 2));
    }

    [Fact]
    public async Task ADeletedDocumentsSessionsStillCountUpToItsLastEdit()
    {
        var clock = new ManualTimeProvider(Start);
        await using var host = await WorkspaceHost.StartAsync(fixture.Folder.NewDatabasePath(), clock);
        var (cooperationId, projectId) = await CreateProjectAsync(host);
        var project = host.Workspace(projectId);
        var first = await project.CreateDocumentAsync(Ben, "Entwurf");
        var second = await project.CreateDocumentAsync(Dora, "Bericht");
        await Typing.TypeAsync(host.Document(first.Id), Ben, "Erster Entwurf");
        await Typing.TypeAsync(host.Document(second.Id), Dora, "Bericht");

        // Deleted at once, before the sessions may have reached the workspace: the document's last report brings them.
        await Typing.TypeAsync(host.Document(first.Id), Dora, ", gelesen");
        await project.DeleteDocumentAsync(Anna, first.Id);

        await ContributionsShouldBecomeAsync(host, cooperationId, projectId, (Dora.OrganisationId, 2), (Ben.OrganisationId, 1));
        var summary = (await Dashboard(host, cooperationId).GetAsync(Root, Today)).Projects.Single();
        summary.Documents.Select(document => document.Title).Should().Equal("Bericht");
    }

    [Fact]
    public async Task SessionsSurviveARestartAndASessionGoesOnAcrossIt()
    {
        var path = fixture.Folder.NewDatabasePath();
        var clock = new ManualTimeProvider(Start);
        string cooperationId, projectId, documentId;
        await using (var host = await WorkspaceHost.StartAsync(path, clock))
        {
            (cooperationId, projectId) = await CreateProjectAsync(host);
            documentId = (await host.Workspace(projectId).CreateDocumentAsync(Ben, "Konzept")).Id;
            await Typing.TypeAsync(host.Document(documentId), Ben, "Vor dem Neustart");
            clock.Advance(TimeSpan.FromMinutes(31));
            await Typing.TypeAsync(host.Document(documentId), Ben, ", später");

            // Renaming writes the document's snapshot, so that the restarted document reads its sessions from there.
            await host.Workspace(projectId).RenameDocumentAsync(Anna, documentId, "Konzept, Entwurf");
            await ContributionsShouldBecomeAsync(host, cooperationId, projectId, (Ben.OrganisationId, 2));
        }

        clock.Advance(TimeSpan.FromMinutes(10));
        await using var restarted = await WorkspaceHost.StartAsync(path, clock);
        var project = restarted.Workspace(projectId);
        await project.CreateTaskAsync(Anna, (await project.GetAsync(Root))!.Columns[0].Id, TaskDraft.Titled("Nach dem Neustart"));
        var rebuilt = (await Dashboard(restarted, cooperationId).GetAsync(Root, Today)).Projects.Single();
        await Typing.TypeAsync(restarted.Document(documentId), Ben, ", weiter");
        await Typing.TypeAsync(restarted.Document(documentId), Dora, ", neu dabei");

        rebuilt.TotalTasks.Should().Be(1, "the summary was built again by the restarted workspace");
        rebuilt.Contributions.Should().Equal(new PartnerContribution(Ben.OrganisationId, 0, 2));
        await ContributionsShouldBecomeAsync(restarted, cooperationId, projectId, (Dora.OrganisationId, 1), (Ben.OrganisationId, 2));
    }

    private static async Task<(string CooperationId, string ProjectId)> CreateProjectAsync(WorkspaceHost host)
    {
        var cooperationId = HostedWorkspace.NewId();
        var projectId = HostedWorkspace.NewId();
        await CreateCooperationAsync(host, cooperationId, [projectId]);
        return (cooperationId, projectId);
    }

    private static async Task ContributionsShouldBecomeAsync(
        WorkspaceHost host, string cooperationId, string projectId, params (string Organisation, int Sessions)[] sessions)
    {
        IReadOnlyList<PartnerContribution> expected = [.. sessions.Select(each => new PartnerContribution(each.Organisation, 0, each.Sessions))];
        IReadOnlyList<PartnerContribution> held = [];
        var settled = await Record.ExceptionAsync(() => Eventually.TrueAsync(async () =>
        {
            held = (await Dashboard(host, cooperationId).GetAsync(Root, Today)).Projects.Single(project => project.WorkspaceId == projectId).Contributions;
            return held.SequenceEqual(expected);
        }));

        held.Should().Equal(expected, settled is null ? "they arrived" : "they should have arrived within ten seconds");
    }
}
