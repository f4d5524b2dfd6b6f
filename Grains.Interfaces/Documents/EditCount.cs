namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>How many editing sessions (see <see cref="DocumentEdits"/>) people of one partner organisation had.</summary>
public sealed record EditCount(string OrganisationId, int Sessions);
