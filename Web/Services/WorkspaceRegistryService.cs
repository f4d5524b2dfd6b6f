using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Identity;

namespace Kooperationsraum.Web.Services;

/// <summary>Lists the workspaces the current actor may see.</summary>
public sealed class WorkspaceRegistryService(IGrainFactory grains, IActorAccessor actors)
{
    /// <summary>
    /// Every workspace for an administrator; for everyone else only those they are a member of, so that no title
    /// reaches a person the workspace is closed to. Each workspace answers for its own members.
    /// </summary>
    public async Task<IReadOnlyList<WorkspaceSummary>> ListAsync()
    {
        var actor = actors.Current;
        var all = await grains.GetGrain<IWorkspaceRegistryGrain>(IWorkspaceRegistryGrain.DefaultKey).ListAsync();
        if (actor.IsAdministrator)
        {
            return all;
        }

        var roles = await Task.WhenAll(all.Select(summary => grains.GetGrain<IWorkspaceGrain>(summary.Id).GetRoleAsync(actor.PersonId)));
        return [.. all.Where((_, index) => roles[index] is not null)];
    }
}
