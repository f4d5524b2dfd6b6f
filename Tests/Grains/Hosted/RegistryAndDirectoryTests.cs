using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Grains.Hosting;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Hosted;

/// <summary>The workspace registry and the partner directory, through a real host on a SQLite file.</summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class RegistryAndDirectoryTests(HostedGrainsFixture fixture)
{
    [Fact]
    public async Task CreatingAWorkspaceRecordsItsSummaryInTheRegistryAndInStorage()
    {
        var path = fixture.Folder.NewDatabasePath();
        var clock = new ManualTimeProvider(Start);
        await using var host = await WorkspaceHost.StartAsync(path, clock);
        var id = HostedWorkspace.NewId();
        var details = Project();

        await host.Workspace(id).CreateAsync(Anna, details);
        var listed = await host.Registry.ListAsync();
        await using var reader = await WorkspaceHost.StartAsync(path, clock);
        var stored = await reader.Registry.ListAsync();

        var summary = new WorkspaceSummary(
            id, WorkspaceKind.Project, details.Title, details.CooperationId, details.Category, details.Status, details.PartnerOrganisationIds, Start);
        listed.Should().ContainSingle().Which.Should().BeEquivalentTo(summary);
        stored.Should().ContainSingle().Which.Should().BeEquivalentTo(summary);
    }

    [Fact]
    public async Task TheRegistryListsTheChangedTitleAndPartnersAfterTheDetailsChange()
    {
        var id = HostedWorkspace.NewId();
        var workspace = fixture.Host.Workspace(id);
        await HostedWorkspace.CreateWithCastAsync(workspace);
        var changed = Cooperation("Digitalisierung Nürnberg und Wolfsburg") with { PartnerOrganisationIds = ["stadt-nuernberg", "stadt-wolfsburg"] };

        await workspace.UpdateDetailsAsync(Anna, changed);
        var listed = await fixture.Host.Registry.ListAsync();

        var summary = listed.Single(each => each.Id == id);
        summary.Title.Should().Be("Digitalisierung Nürnberg und Wolfsburg");
        summary.PartnerOrganisationIds.Should().Equal("stadt-nuernberg", "stadt-wolfsburg");
    }

    [Fact]
    public async Task TheRegistryOffersAWorkspaceToItsMembersOnlyAndNoLongerToOneWhoLeft()
    {
        var id = HostedWorkspace.NewId();
        var workspace = fixture.Host.Workspace(id);
        await HostedWorkspace.CreateWithCastAsync(workspace);

        await workspace.RemoveMemberAsync(Anna, Ben.PersonId);
        var forDora = await fixture.Host.Registry.ListCandidatesForAsync(Dora.PersonId);
        var forBen = await fixture.Host.Registry.ListCandidatesForAsync(Ben.PersonId);
        var forOtto = await fixture.Host.Registry.ListCandidatesForAsync(Otto.PersonId);

        forDora.Select(summary => summary.Id).Should().Contain(id);
        forBen.Select(summary => summary.Id).Should().NotContain(id);
        forOtto.Select(summary => summary.Id).Should().NotContain(id);
    }

    [Fact]
    public async Task TheMembersTheRegistryKnowsSurviveARestart()
    {
        var path = fixture.Folder.NewDatabasePath();
        var id = HostedWorkspace.NewId();
        await using (var host = await WorkspaceHost.StartAsync(path))
        {
            await HostedWorkspace.CreateWithCastAsync(host.Workspace(id));
        }

        await using var reader = await WorkspaceHost.StartAsync(path);
        var forGina = await reader.Registry.ListCandidatesForAsync(Gina.PersonId);
        var forOtto = await reader.Registry.ListCandidatesForAsync(Otto.PersonId);

        forGina.Should().ContainSingle().Which.Id.Should().Be(id);
        forOtto.Should().BeEmpty();
    }

    [Fact]
    public async Task TheDirectoryStoresOrganisationsAndPeople()
    {
        var path = fixture.Folder.NewDatabasePath();
        await using var host = await WorkspaceHost.StartAsync(path);
        var university = new Organisation("th-nuernberg", "Technische Hochschule Nürnberg", OrganisationKind.University, "Nürnberg");
        var city = new Organisation("stadt-nuernberg", "Stadt Nürnberg", OrganisationKind.Municipality, "Nürnberg");
        var ben = new Person("ben", "Ben Weber", "ben.weber@th-nuernberg.de", "th-nuernberg");
        var anna = new Person("anna", "Anna Schmidt", "anna.schmidt@stadt.nuernberg.de", "stadt-nuernberg");

        await host.Directory.AddOrganisationAsync(Root, university);
        await host.Directory.AddOrganisationAsync(Root, city);
        await host.Directory.AddPersonAsync(Root, ben);
        await host.Directory.AddPersonAsync(Root, anna);
        await using var reader = await WorkspaceHost.StartAsync(path);
        var storedOrganisations = await reader.Directory.GetOrganisationsAsync();
        var storedPeople = await reader.Directory.GetPeopleAsync();

        storedOrganisations.Should().Equal(city, university);
        storedPeople.Should().Equal(anna, ben);
    }
}
