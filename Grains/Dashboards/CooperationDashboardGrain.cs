using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Persistence;

namespace Kooperationsraum.Grains.Dashboards;

/// <summary>
/// One cooperation's dashboard; the rules are in <see cref="Dashboard"/>. A report is written before observers hear of it,
/// so that what a page showed survives a restart. Each subscription remembers on whose behalf it was made, and an observer
/// hears only of what that person may see.
/// <para>
/// Group commit: when many projects change at once, their reports arrive while the state is being written. Each report
/// is applied at once to the changes waiting for the next write, and its caller waits for that write; a single loop
/// writes the whole state once for everything that arrived meanwhile and then notifies observers once per changed
/// project. Reads and subscriptions see only what is written. A failed write fails every report waiting on it (and on
/// the write after, which was built on it): each project pushes again later, and the state stays what storage holds.
/// </para>
/// </summary>
[Reentrant]
public sealed class CooperationDashboardGrain([PersistentState("dashboard")] IPersistentState<DashboardState> storage)
    : Grain, ICooperationDashboardGrain
{
    private static readonly TimeSpan SubscriptionExpiry = TimeSpan.FromMinutes(3);

    // This host runs the calls of a reentrant grain in parallel, so every field below is changed under the gate (reads
    // take the durable state as one reference without it), and nothing awaits while holding it.
    private readonly Lock gate = new();
    private readonly Dictionary<IDashboardObserver, (Actor Actor, DateTimeOffset RenewedAt)> subscribers = new(ReferenceEqualityComparer.Instance);

    // What storage holds; reads and notifications go by it alone. The latest state has every change applied, written or not.
    private DashboardState durable = new();
    private DashboardState latest = new();

    // The changes that wait for the next write (null when none), the workspaces they touch and the write their callers
    // wait for; and the same of the write under way.
    private DashboardState? open;
    private HashSet<string> openWorkspaces = new(StringComparer.Ordinal);
    private TaskCompletionSource openWritten = NewWrite();
    private bool writing;
    private HashSet<string> writingWorkspaces = new(StringComparer.Ordinal);
    private Task writingWritten = Task.CompletedTask;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        storage.State.UpgradeSchema();
        durable = latest = storage.State;
        return Task.CompletedTask;
    }

    public Task ReportAsync(ProjectSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.CooperationId != GetPrimaryKeyString())
        {
            return Task.FromException(new ArgumentException(
                $"Workspace {summary.WorkspaceId} belongs to cooperation {summary.CooperationId}, not {GetPrimaryKeyString()}.", nameof(summary)));
        }

        var today = BerlinCalendar.Today(Context.TimeProvider);
        return Change(summary.WorkspaceId, state => new Dashboard(state).Report(summary, today));
    }

    public Task ForgetAsync(string workspaceId, long version) =>
        Change(workspaceId, state => new Dashboard(state).Forget(workspaceId, version) is not null);

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

        lock (gate)
        {
            subscribers[observer] = (actor, Context.TimeProvider.GetUtcNow());
        }

        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IDashboardObserver observer)
    {
        lock (gate)
        {
            subscribers.Remove(observer);
        }

        return Task.CompletedTask;
    }

    private Dashboard Current() => new(Volatile.Read(ref durable));

    // Applies a change to the latest state and returns the write that makes it durable. A change that changes nothing
    // still waits for a write under way or waiting for the same workspace, since what it was compared with is not durable yet.
    private Task Change(string workspaceId, Func<DashboardState, bool> change)
    {
        Task written;
        bool start;
        lock (gate)
        {
            var state = open ?? Copy(latest);
            if (!change(state))
            {
                return openWorkspaces.Contains(workspaceId) ? openWritten.Task
                    : writingWorkspaces.Contains(workspaceId) ? writingWritten
                    : Task.CompletedTask;
            }

            open = latest = state;
            openWorkspaces.Add(workspaceId);
            written = openWritten.Task;
            start = !writing;
            writing = true;
        }

        if (start)
        {
            _ = WriteAsync();
        }

        return written;
    }

    // The single writer, started by the first change while none writes: writes what is open until nothing is.
    private async Task WriteAsync()
    {
        while (true)
        {
            DashboardState state;
            HashSet<string> workspaces;
            TaskCompletionSource written;
            lock (gate)
            {
                if (open is null)
                {
                    (writing, writingWorkspaces, writingWritten) = (false, new(StringComparer.Ordinal), Task.CompletedTask);
                    return;
                }

                (state, workspaces, written) = (open, openWorkspaces, openWritten);
                (writingWorkspaces, writingWritten) = (workspaces, written.Task);
                (open, openWorkspaces, openWritten) = (null, new(StringComparer.Ordinal), NewWrite());
            }

            try
            {
                await storage.CommitAsync(state, DeactivateOnIdle);
            }
            catch (Exception failure)
            {
                TaskCompletionSource? next;
                lock (gate)
                {
                    next = open is null ? null : openWritten;
                    (latest, open, openWorkspaces, openWritten) = (durable, null, new(StringComparer.Ordinal), NewWrite());
                }

                written.SetException(failure);
                next?.SetException(failure);
                continue;
            }

            lock (gate)
            {
                var before = durable;
                Volatile.Write(ref durable, state);
                Notify(workspaces, new Dashboard(before), new Dashboard(state));
            }

            written.SetResult();
        }
    }

    // Entries are replaced, never changed, so a new dictionary over the same entries is a copy a change may change.
    private static DashboardState Copy(DashboardState state) =>
        new() { SchemaVersion = state.SchemaVersion, Entries = new(state.Entries, StringComparer.Ordinal) };

    private static TaskCompletionSource NewWrite() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Notify(IEnumerable<string> workspaceIds, Dashboard before, Dashboard after)
    {
        var cooperationId = GetPrimaryKeyString();
        var now = Context.TimeProvider.GetUtcNow();
        foreach (var (observer, (_, renewedAt)) in subscribers.ToList())
        {
            if (now - renewedAt > SubscriptionExpiry || observer is IObserverReference { IsDefunct: true })
            {
                subscribers.Remove(observer);
            }
        }

        foreach (var workspaceId in workspaceIds)
        {
            var previous = before.Find(workspaceId);
            var current = after.Find(workspaceId);
            foreach (var (observer, (actor, _)) in subscribers)
            {
                if (current is not null && after.MaySee(actor, current, cooperationId))
                {
                    observer.OnSummaryChanged(Dashboard.ForViewer(actor, current));
                }
                else if (previous is not null && after.MaySee(actor, previous, cooperationId))
                {
                    observer.OnSummaryHidden(cooperationId, workspaceId);
                }
            }
        }
    }
}
