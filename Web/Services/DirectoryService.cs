using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Web.Identity;

namespace Kooperationsraum.Web.Services;

/// <summary>The partner organisations and people.</summary>
public sealed class DirectoryService(IGrainFactory grains, IActorAccessor actors)
{
    private IDirectoryGrain Directory => grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);

    public Task<IReadOnlyList<Organisation>> GetOrganisationsAsync() => Directory.GetOrganisationsAsync();

    public Task<IReadOnlyList<Person>> GetPeopleAsync() => Directory.GetPeopleAsync();

    public Task<Person?> GetPersonAsync(string personId) => Directory.GetPersonAsync(personId);

    public Task<Organisation> AddOrganisationAsync(Organisation organisation) =>
        Directory.AddOrganisationAsync(actors.Current, organisation);

    public Task<Organisation> UpdateOrganisationAsync(Organisation organisation) =>
        Directory.UpdateOrganisationAsync(actors.Current, organisation);

    public Task<Person> AddPersonAsync(Person person) => Directory.AddPersonAsync(actors.Current, person);
}
