namespace Kooperationsraum.Tests.Hubs;

/// <summary>The system clock, except that timers (and so <c>Task.Delay</c> on this provider) fire only when a test releases them.</summary>
public sealed class HeldTimeProvider : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<HeldTimer> timers = [];
    private readonly SemaphoreSlim started = new(0);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new HeldTimer(callback, state);
        lock (gate)
        {
            timers.Add(timer);
        }

        started.Release();
        return timer;
    }

    /// <summary>Waits until a timer has been created.</summary>
    public Task WaitForTimerAsync(TimeSpan patience) => started.WaitAsync(patience);

    /// <summary>Fires every timer created so far, once.</summary>
    public void ReleaseAll()
    {
        List<HeldTimer> due;
        lock (gate)
        {
            due = [.. timers];
            timers.Clear();
        }

        due.ForEach(timer => timer.Fire());
    }

    private sealed class HeldTimer(TimerCallback callback, object? state) : ITimer
    {
        private bool disposed;

        public void Fire()
        {
            if (!disposed)
            {
                callback(state);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => !disposed;

        public void Dispose() => disposed = true;

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
