namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>A milestone of a Digitalprojekt: what is to be reached, by when, and whether it was.</summary>
public sealed record Milestone(string Title, DateOnly Date, bool Done);
