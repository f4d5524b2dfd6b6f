namespace Kooperationsraum.Tests.Silo;

/// <summary>Waits for a condition that background work makes true; gives up after ten seconds so that a bug fails instead of hanging.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), patience.Token);
        }
    }
}
