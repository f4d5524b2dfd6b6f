namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>A document of a workspace by id and title, so that a dashboard can name the document someone is working in.</summary>
public sealed record DocumentTitle(string Id, string Title);
