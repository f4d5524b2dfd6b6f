using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using Kooperationsraum.Tests.Silo;

namespace Kooperationsraum.Tests.Grains.Hosting;

/// <summary>An observer that keeps every workspace event it receives, in the order they arrive.</summary>
public sealed class WorkspaceEventRecorder : IWorkspaceObserver
{
    private readonly List<WorkspaceEvent> received = [];

    public IReadOnlyList<WorkspaceEvent> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    public void OnWorkspaceEvent(WorkspaceEvent workspaceEvent)
    {
        lock (received)
        {
            received.Add(workspaceEvent);
        }
    }

    /// <summary>
    /// Everything received, once an event of <paramref name="version"/> or later has arrived. Events reach a reference
    /// in the order they were sent, so whatever was sent before that one has arrived too.
    /// </summary>
    public async Task<IReadOnlyList<WorkspaceEvent>> ReceivedThroughAsync(long version)
    {
        await Eventually.TrueAsync(() => Task.FromResult(Received.Any(workspaceEvent => workspaceEvent.Version >= version)));
        return Received;
    }
}
