using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Workspaces;

namespace Kooperationsraum.Grains.People;

/// <summary>
/// The rules of the platform's directory of partner organisations and people.
/// </summary>
/// <remarks>
/// Only administrators add entries: the directory is shared by every workspace, so a wrong or duplicate partner
/// would show up everywhere, and the platform's operator (an administrator) is the one who knows the partners.
/// Reading is open to every caller. Adding is idempotent by id: an existing entry is returned unchanged. A refusal
/// is a <see cref="WorkspaceRuleException"/>: <see cref="WorkspaceError.NotAllowed"/> for a non-administrator,
/// <see cref="WorkspaceError.InvalidDetails"/> with the field's name as argument for invalid input.
/// </remarks>
public sealed class PartnerDirectory(DirectoryState state)
{
    public const int NameMaxLength = WorkspaceLimits.TitleMaxLength;
    public const int CityMaxLength = 100;
    public const int EmailMaxLength = 254;

    public (Organisation Organisation, bool Added) AddOrganisation(Actor actor, Organisation organisation)
    {
        DemandAdministrator(actor);
        var valid = ValidOrganisation(organisation);
        var existing = state.Organisations.Find(each => each.Id == valid.Id);
        if (existing is not null)
        {
            return (existing, false);
        }

        state.Organisations.Add(valid);
        return (valid, true);
    }

    /// <summary>Changes an existing organisation; its id stays. "Added" tells whether anything changed.</summary>
    public (Organisation Organisation, bool Added) UpdateOrganisation(Actor actor, Organisation organisation)
    {
        DemandAdministrator(actor);
        var valid = ValidOrganisation(organisation);
        var index = state.Organisations.FindIndex(each => each.Id == valid.Id);
        if (index < 0)
        {
            throw Invalid(nameof(Organisation.Id));
        }

        if (state.Organisations[index] == valid)
        {
            return (valid, false);
        }

        state.Organisations[index] = valid;
        return (valid, true);
    }

    /// <summary>Adds a person of a known organisation; the e-mail address may be left empty.</summary>
    public (Person Person, bool Added) AddPerson(Actor actor, Person person)
    {
        DemandAdministrator(actor);
        ArgumentNullException.ThrowIfNull(person);
        var valid = new Person(
            DetailsRules.RequiredId(person.Id, nameof(person.Id)),
            RequiredText(person.DisplayName, NameMaxLength, nameof(person.DisplayName)),
            Email(person.Email),
            KnownOrganisation(person.OrganisationId));
        var existing = state.People.Find(each => each.Id == valid.Id);
        if (existing is not null)
        {
            return (existing, false);
        }

        state.People.Add(valid);
        return (valid, true);
    }

    /// <summary>
    /// Replaces the person's name by their <see cref="Pseudonym"/> and drops their e-mail address.
    /// </summary>
    public (Person Person, bool Added) Pseudonymise(Actor actor, string personId)
    {
        DemandAdministrator(actor);
        var index = state.People.FindIndex(each => each.Id == personId);
        if (index < 0)
        {
            throw Refusal.Because(WorkspaceError.InvalidDetails, $"The directory has nobody with the id {personId}.", "PersonId");
        }

        var existing = state.People[index];
        if (existing.IsDeleted)
        {
            return (existing, false);
        }

        var pseudonymised = existing with { DisplayName = Pseudonym.Of(personId), Email = string.Empty, IsDeleted = true };
        state.People[index] = pseudonymised;
        return (pseudonymised, true);
    }

    public IReadOnlyList<Organisation> Organisations() =>
        [.. state.Organisations.OrderBy(each => each.Name, StringComparer.InvariantCultureIgnoreCase).ThenBy(each => each.Id, StringComparer.Ordinal)];

    public IReadOnlyList<Person> People() =>
        [.. state.People.OrderBy(each => each.DisplayName, StringComparer.InvariantCultureIgnoreCase).ThenBy(each => each.Id, StringComparer.Ordinal)];

    private static Organisation ValidOrganisation(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new Organisation(
            DetailsRules.RequiredId(organisation.Id, nameof(organisation.Id)),
            RequiredText(organisation.Name, NameMaxLength, nameof(organisation.Name)),
            Enum.IsDefined(organisation.Kind) ? organisation.Kind : throw Invalid(nameof(organisation.Kind)),
            OptionalText(organisation.City, CityMaxLength, nameof(organisation.City)));
    }

    private static void DemandAdministrator(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            throw Refusal.Because(WorkspaceError.NotAllowed, $"Only administrators add to the directory; {actor.PersonId} is none.");
        }
    }

    private string KnownOrganisation(string? organisationId)
    {
        var id = DetailsRules.RequiredId(organisationId, nameof(Person.OrganisationId));
        return state.Organisations.Exists(each => each.Id == id) ? id : throw Invalid(nameof(Person.OrganisationId));
    }

    private static string Email(string? email)
    {
        var trimmed = OptionalText(email, EmailMaxLength, nameof(Person.Email));
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        var plausible = trimmed.Length == 0 || (at > 0 && at == trimmed.LastIndexOf('@') && at < trimmed.Length - 1 && !trimmed.Any(char.IsWhiteSpace));
        return plausible ? trimmed : throw Invalid(nameof(Person.Email));
    }

    private static string RequiredText(string? text, int maxLength, string field)
    {
        var trimmed = OptionalText(text, maxLength, field);
        return trimmed.Length > 0 ? trimmed : throw Invalid(field);
    }

    private static string OptionalText(string? text, int maxLength, string field)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length <= maxLength ? trimmed : throw Invalid(field);
    }

    private static WorkspaceRuleException Invalid(string field) =>
        Refusal.Because(WorkspaceError.InvalidDetails, $"The directory entry's {field} is missing or invalid.", field);
}
