namespace Kooperationsraum.Grains.Interfaces.People;

/// <summary>A person known to the platform; every person belongs to one organisation.</summary>
public sealed record Person(string Id, string DisplayName, string Email, string OrganisationId);
