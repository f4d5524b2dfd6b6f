using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>
/// A document of a workspace by id and title, so that a dashboard can name the document someone is working in, with its
/// visibility, so that it names the document only to those who may see it. Summaries stored before visibility existed
/// carry none: such documents were visible to all partners.
/// </summary>
public sealed record DocumentTitle(string Id, string Title, DocumentVisibility? Visibility = null);
