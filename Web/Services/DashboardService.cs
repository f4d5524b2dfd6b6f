using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Identity;

namespace Kooperationsraum.Web.Services;

/// <summary>
/// What pages and exports read of the cooperations' dashboards, always on behalf of the current actor: one cooperation, or
/// the portfolio of every cooperation the actor may see something of. Only the dashboard grains are asked, never a
/// project, so a portfolio of hundreds of projects costs one call per cooperation.
/// </summary>
public sealed class DashboardService(IGrainFactory grains, IActorAccessor actors, ILogger<DashboardSubscription> subscriptionLog)
{
    /// <summary>How far back the cumulative flow reaches by default.</summary>
    public const int DefaultFlowDays = 30;

    private ICooperationDashboardGrain Grain(string cooperationId) => grains.GetGrain<ICooperationDashboardGrain>(cooperationId);

    /// <summary>One cooperation as the actor may see it; refused with <see cref="WorkspaceError.NotAllowed"/> when they may see nothing of it.</summary>
    public Task<CooperationDashboard> GetAsync(string cooperationId, DateOnly flowFrom) => Grain(cooperationId).GetAsync(actors.Current, flowFrom);

    /// <summary>Every cooperation the actor may see something of, in title order.</summary>
    public async Task<IReadOnlyList<CooperationDashboard>> GetPortfolioAsync(DateOnly flowFrom)
    {
        var workspaces = await grains.GetGrain<IWorkspaceRegistryGrain>(IWorkspaceRegistryGrain.DefaultKey).ListAsync();
        var actor = actors.Current;
        var dashboards = await Task.WhenAll(workspaces.Where(workspace => workspace.Kind == WorkspaceKind.Cooperation).Select(async cooperation =>
        {
            try
            {
                return await Grain(cooperation.Id).GetAsync(actor, flowFrom);
            }
            catch (WorkspaceRuleException refusal) when (refusal.Error == WorkspaceError.NotAllowed)
            {
                return null;
            }
        }));
        return [.. dashboards.OfType<CooperationDashboard>().OrderBy(dashboard => dashboard.Cooperation?.Title ?? dashboard.CooperationId, StringComparer.CurrentCulture)];
    }

    /// <summary>
    /// Follows the dashboards of <paramref name="cooperationIds"/> until the returned subscription is disposed:
    /// <paramref name="onChanged"/> gets every summary the actor may see, <paramref name="onHidden"/> the id of a workspace
    /// they may no longer see, <paramref name="onMissed"/> runs when notifications may have been lost. The callbacks run on
    /// the subscription's delivery thread, not the page's.
    /// </summary>
    public Task<DashboardSubscription> SubscribeAsync(
        IEnumerable<string> cooperationIds, Action<ProjectSummary> onChanged, Action<string> onHidden, Func<Task> onMissed) =>
        DashboardSubscription.StartAsync(grains, [.. cooperationIds.Select(Grain)], actors.Current, onChanged, onHidden, onMissed, subscriptionLog);
}
