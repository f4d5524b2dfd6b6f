using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;

namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>Receives every event of a workspace it subscribed to, in version order.</summary>
public interface IWorkspaceObserver : IGrainObserver
{
    /// <summary>Called once per event, after the change is durable.</summary>
    void OnWorkspaceEvent(WorkspaceEvent workspaceEvent);
}
