using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>What a workspace lists of a document: its title, who created and last changed it, and its durable version.</summary>
public sealed record DocumentInfo(string Id, string WorkspaceId, string Title, ChangeStamp Created, ChangeStamp Changed, int Version);
