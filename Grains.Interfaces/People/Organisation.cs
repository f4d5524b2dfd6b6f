namespace Kooperationsraum.Grains.Interfaces.People;

/// <summary>A partner organisation.</summary>
public sealed record Organisation(string Id, string Name, OrganisationKind Kind, string City);
