namespace Kooperationsraum.Silo.Storage;

/// <summary>One writer's turn at a database that takes one writer at a time; disposing it lets the next one in.</summary>
public sealed class WriterTurn : IDisposable
{
    private SemaphoreSlim? writers;

    private WriterTurn(SemaphoreSlim? writers) => this.writers = writers;

    /// <summary>For databases that let writers run side by side: a turn that holds nothing.</summary>
    public static WriterTurn Unrestricted { get; } = new(null);

    /// <summary>Waits until <paramref name="writers"/> admits this writer.</summary>
    public static async Task<WriterTurn> TakeAsync(SemaphoreSlim writers, CancellationToken cancellationToken)
    {
        await writers.WaitAsync(cancellationToken);
        return new WriterTurn(writers);
    }

    public void Dispose() => Interlocked.Exchange(ref writers, null)?.Release();
}
