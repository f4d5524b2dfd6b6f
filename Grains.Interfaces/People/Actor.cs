namespace Kooperationsraum.Grains.Interfaces.People;

/// <summary>
/// The person on whose behalf a grain call is made. The Web layer decides who that is (today the configured
/// local operator, later the signed-in account); grains check rights against it on every call.
/// </summary>
public sealed record Actor(string PersonId, string DisplayName, string OrganisationId, bool IsAdministrator);
