using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Persistence;

namespace Kooperationsraum.Grains.Dashboards;

/// <summary>
/// One cooperation's dashboard; the rules are in <see cref="Dashboard"/>. A report is written before observers hear of it,
/// so that what a page showed survives a restart. Each subscription remembers on whose behalf it was made, and an observer
/// hears only of what that person may see.
/// </summary>
public sealed class CooperationDashboardGrain([PersistentState("dashboard")] IPersistentState<DashboardState> storage)
    : Grain, ICooperationDashboardGrain
{
    private static readonly TimeSpan SubscriptionExpiry = TimeSpan.FromMinutes(3);

    private readonly Dictionary<IDashboardObserver, (Actor Actor, DateTimeOffset RenewedAt)> subscribers = new(ReferenceEqualityComparer.Instance);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        storage.State.UpgradeSchema();
        return Task.CompletedTask;
    }

    public async Task ReportAsync(ProjectSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.CooperationId != GetPrimaryKeyString())
        {
            throw new ArgumentException($"Workspace {summary.WorkspaceId} belongs to cooperation {summary.CooperationId}, not {GetPrimaryKeyString()}.", nameof(summary));
        }

        var before = Current().Find(summary.WorkspaceId);
        var changed = Copy();
        if (!new Dashboard(changed).Report(summary, BerlinCalendar.Today(Context.TimeProvider)))
        {
            return;
        }

        await storage.CommitAsync(changed, DeactivateOnIdle);
        Notify(summary.WorkspaceId, before, summary);
    }

    public async Task ForgetAsync(string workspaceId, long version)
    {
        var changed = Copy();
        var forgotten = new Dashboard(changed).Forget(workspaceId, version);
        if (forgotten is null)
        {
            return;
        }

        await storage.CommitAsync(changed, DeactivateOnIdle);
        Notify(workspaceId, forgotten, null);
    }

    public Task<CooperationDashboard> GetAsync(Actor actor, DateOnly flowFrom)
    {
        try
        {
            return Task.FromResult(Current().View(actor, GetPrimaryKeyString(), flowFrom, BerlinCalendar.Today(Context.TimeProvider)));
        }
        catch (Exception refusal)
        {
            return Task.FromException<CooperationDashboard>(refusal);
        }
    }

    public Task SubscribeAsync(Actor actor, IDashboardObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        try
        {
            Current().DemandSight(actor, GetPrimaryKeyString());
        }
        catch (Exception refusal)
        {
            return Task.FromException(refusal);
        }

        subscribers[observer] = (actor, Context.TimeProvider.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IDashboardObserver observer)
    {
        subscribers.Remove(observer);
        return Task.CompletedTask;
    }

    private Dashboard Current() => new(storage.State);

    // Entries are replaced, never changed, so a new dictionary over the same entries is a copy a report may change.
    private DashboardState Copy() =>
        new() { SchemaVersion = storage.State.SchemaVersion, Entries = new(storage.State.Entries, StringComparer.Ordinal) };

    private void Notify(string workspaceId, ProjectSummary? before, ProjectSummary? after)
    {
        var dashboard = Current();
        var cooperationId = GetPrimaryKeyString();
        var now = Context.TimeProvider.GetUtcNow();
        foreach (var (observer, (actor, renewedAt)) in subscribers.ToList())
        {
            if (now - renewedAt > SubscriptionExpiry || observer is IObserverReference { IsDefunct: true })
            {
                subscribers.Remove(observer);
            }
            else if (after is not null && dashboard.MaySee(actor, after, cooperationId))
            {
                observer.OnSummaryChanged(Dashboard.ForViewer(actor, after));
            }
            else if (before is not null && dashboard.MaySee(actor, before, cooperationId))
            {
                observer.OnSummaryHidden(cooperationId, workspaceId);
            }
        }
    }
}
