using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Web.Services;

/// <summary>
/// Follows several cooperations' dashboards for one page: one renewed subscription per dashboard, whose notifications
/// reach the page's callbacks (never the page itself, so no grain holds a component), and <c>onMissed</c> when
/// notifications may have been lost, so that the page reloads. Disposing unsubscribes from every dashboard.
/// </summary>
public sealed class DashboardSubscription : IAsyncDisposable, IDashboardObserver
{
    private readonly Action<ProjectSummary> onChanged;
    private readonly Action<string> onHidden;
    private readonly List<GrainSubscription<IDashboardObserver>> subscriptions = [];

    private DashboardSubscription(Action<ProjectSummary> onChanged, Action<string> onHidden)
    {
        this.onChanged = onChanged;
        this.onHidden = onHidden;
    }

    internal static async Task<DashboardSubscription> StartAsync(
        IGrainFactory grains,
        IReadOnlyList<ICooperationDashboardGrain> dashboards,
        Actor actor,
        Action<ProjectSummary> onChanged,
        Action<string> onHidden,
        Func<Task> onMissed,
        ILogger logger)
    {
        var subscription = new DashboardSubscription(onChanged, onHidden);
        try
        {
            foreach (var dashboard in dashboards)
            {
                subscription.subscriptions.Add(await GrainSubscription<IDashboardObserver>.StartAsync(
                    grains, subscription, reference => dashboard.SubscribeAsync(actor, reference), dashboard.UnsubscribeAsync, onMissed, logger));
            }
        }
        catch
        {
            await subscription.DisposeAsync();
            throw;
        }

        return subscription;
    }

    void IDashboardObserver.OnSummaryChanged(ProjectSummary summary) => onChanged(summary);

    void IDashboardObserver.OnSummaryHidden(string cooperationId, string workspaceId) => onHidden(workspaceId);

    public async ValueTask DisposeAsync()
    {
        foreach (var subscription in subscriptions)
        {
            await subscription.DisposeAsync();
        }

        subscriptions.Clear();
    }
}
