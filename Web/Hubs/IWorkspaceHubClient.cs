using Kooperationsraum.Grains.Interfaces.Workspaces.Events;

namespace Kooperationsraum.Web.Hubs;

/// <summary>What the server sends to clients that follow a workspace.</summary>
public interface IWorkspaceHubClient
{
    /// <summary>
    /// One event of a followed workspace. Events carry the workspace version they produced; a client that sees
    /// a gap in versions missed something and fetches the workspace again.
    /// </summary>
    Task WorkspaceChangedAsync(WorkspaceEvent workspaceEvent);

    /// <summary>
    /// This connection's person was removed from the workspace: no further event of it arrives, and further calls
    /// about it are refused.
    /// </summary>
    Task AccessRevokedAsync(string workspaceId);
}
