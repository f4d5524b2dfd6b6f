using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Persistence;

namespace Kooperationsraum.Grains.People;

/// <summary>
/// The platform's partner organisations and people. Administrators only may add; everyone may read. The rules,
/// and why, are in <see cref="PartnerDirectory"/>.
/// </summary>
public sealed class DirectoryGrain([PersistentState("directory")] IPersistentState<DirectoryState> storage)
    : Grain, IDirectoryGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        storage.State.UpgradeSchema();
        return Task.CompletedTask;
    }

    public Task<Organisation> AddOrganisationAsync(Actor actor, Organisation organisation) =>
        AddAsync(directory => directory.AddOrganisation(actor, organisation));

    public Task<Organisation> UpdateOrganisationAsync(Actor actor, Organisation organisation) =>
        AddAsync(directory => directory.UpdateOrganisation(actor, organisation));

    public Task<Person> AddPersonAsync(Actor actor, Person person) =>
        AddAsync(directory => directory.AddPerson(actor, person));

    public Task<IReadOnlyList<Organisation>> GetOrganisationsAsync() =>
        Task.FromResult(new PartnerDirectory(storage.State).Organisations());

    public Task<IReadOnlyList<Person>> GetPeopleAsync() =>
        Task.FromResult(new PartnerDirectory(storage.State).People());

    public Task<Person?> GetPersonAsync(string personId) =>
        Task.FromResult(storage.State.People.Find(each => each.Id == personId));

    private async Task<TEntry> AddAsync<TEntry>(Func<PartnerDirectory, (TEntry Entry, bool Added)> add)
    {
        var changed = storage.State.Clone();
        var (entry, added) = add(new PartnerDirectory(changed));
        if (added)
        {
            await storage.CommitAsync(changed, DeactivateOnIdle);
        }

        return entry;
    }
}
