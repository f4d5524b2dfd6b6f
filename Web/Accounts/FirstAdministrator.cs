using Kooperationsraum.Grains.Interfaces.People;

namespace Kooperationsraum.Web.Accounts;

/// <summary>Who sets the platform up: the first administrator and the organisation they belong to.</summary>
public sealed record FirstAdministrator(
    string OrganisationName,
    OrganisationKind OrganisationKind,
    string City,
    string DisplayName,
    string Email,
    string Password);
