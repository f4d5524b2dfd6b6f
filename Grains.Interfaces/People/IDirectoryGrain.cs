using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Grains.Interfaces.People;

/// <summary>The partner organisations and people of the platform. There is one, keyed <see cref="DefaultKey"/>.</summary>
public interface IDirectoryGrain : IGrainWithStringKey
{
    const string DefaultKey = "default";

    /// <summary>Adds an organisation, or returns the existing one with the same id unchanged.</summary>
    Task<Organisation> AddOrganisationAsync(Actor actor, Organisation organisation);

    /// <summary>Changes an existing organisation's name, kind and city. Administrators only.</summary>
    Task<Organisation> UpdateOrganisationAsync(Actor actor, Organisation organisation);

    /// <summary>Adds a person, or returns the existing one with the same id unchanged.</summary>
    Task<Person> AddPersonAsync(Actor actor, Person person);

    /// <summary>All organisations, ordered by name.</summary>
    Task<IReadOnlyList<Organisation>> GetOrganisationsAsync();

    /// <summary>All people, ordered by name.</summary>
    Task<IReadOnlyList<Person>> GetPeopleAsync();

    /// <summary>One person, or null when the directory has nobody with this id.</summary>
    Task<Person?> GetPersonAsync(string personId);
}
