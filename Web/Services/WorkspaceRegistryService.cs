using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Web.Services;

/// <summary>Lists the workspaces.</summary>
public sealed class WorkspaceRegistryService(IGrainFactory grains)
{
    public Task<IReadOnlyList<WorkspaceSummary>> ListAsync() =>
        grains.GetGrain<IWorkspaceRegistryGrain>(IWorkspaceRegistryGrain.DefaultKey).ListAsync();
}
