namespace Kooperationsraum.Grains.Interfaces.People;

/// <summary>
/// A person known to the platform; every person belongs to one organisation. A deleted person stays with a pseudonym
/// for a name (<see cref="IsDeleted"/>), so that entries referring to them by id still resolve, to nobody's name.
/// </summary>
public sealed record Person(string Id, string DisplayName, string Email, string OrganisationId, bool IsDeleted = false);
