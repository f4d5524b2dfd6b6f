namespace Kooperationsraum.Tests.Silo.TestGrains;

/// <summary>Records the numbers it receives; optionally throws after recording one of them.</summary>
public sealed class RecordingObserver(int expected, int? throwAfter = null) : INumberObserver
{
    private readonly List<int> received = [];
    private readonly TaskCompletionSource<IReadOnlyList<int>> completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with everything received once <c>expected</c> numbers have arrived.</summary>
    public Task<IReadOnlyList<int>> Completed => completed.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public int ReceivedCount
    {
        get
        {
            lock (received)
            {
                return received.Count;
            }
        }
    }

    public void OnNumber(int number)
    {
        lock (received)
        {
            received.Add(number);
            if (received.Count == expected)
            {
                completed.TrySetResult([.. received]);
            }
        }

        if (number == throwAfter)
        {
            throw new InvalidOperationException($"The observer refuses {number}.");
        }
    }
}
