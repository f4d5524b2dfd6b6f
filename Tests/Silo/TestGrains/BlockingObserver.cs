namespace Kooperationsraum.Tests.Silo.TestGrains;

/// <summary>Blocks its delivering thread at the first notification until disposed: the slowest subscriber there is.</summary>
public sealed class BlockingObserver : INumberObserver, IDisposable
{
    private readonly ManualResetEventSlim release = new();
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int received;

    /// <summary>Completes once the observer is blocked inside its first notification.</summary>
    public Task Entered => entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public int ReceivedCount => Volatile.Read(ref received);

    public void OnNumber(int number)
    {
        Interlocked.Increment(ref received);
        entered.TrySetResult();
        release.Wait();
    }

    public void Dispose() => release.Set();
}
