using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Identity;

namespace Kooperationsraum.Web.Services;

/// <summary>Lists the workspaces the current actor may see.</summary>
public sealed class WorkspaceRegistryService(IGrainFactory grains, IActorAccessor actors)
{
    /// <summary>
    /// Every workspace for an administrator; for everyone else only those they are a member of, so that no title
    /// reaches a person the workspace is closed to. The registry names the workspaces that reported the person as a
    /// member (so a person's list costs their own workspaces, not every workspace on the platform), and each of those
    /// answers for its own members, since a report may trail a removal.
    /// </summary>
    public async Task<IReadOnlyList<WorkspaceSummary>> ListAsync()
    {
        var actor = actors.Current;
        var registry = grains.GetGrain<IWorkspaceRegistryGrain>(IWorkspaceRegistryGrain.DefaultKey);
        if (actor.IsAdministrator)
        {
            return await registry.ListAsync();
        }

        var candidates = await registry.ListCandidatesForAsync(actor.PersonId);
        var roles = await Task.WhenAll(candidates.Select(summary => grains.GetGrain<IWorkspaceGrain>(summary.Id).GetRoleAsync(actor.PersonId)));
        return [.. candidates.Where((_, index) => roles[index] is not null)];
    }
}
