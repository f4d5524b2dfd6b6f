using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Grains.Persistence;

public static class PersistentStateExtensions
{
    /// <summary>
    /// Makes <paramref name="changed"/> the grain's state by writing it. If the write fails, the state stays the one
    /// last stored, so that the grain keeps serving what storage holds and a later write cannot carry along a change
    /// whose caller was told it failed. Commands therefore change a copy of the state, never the state itself.
    /// </summary>
    /// <param name="onStale">
    /// Runs when storage holds a version this activation never saw. Grains pass <c>DeactivateOnIdle</c>, so that a
    /// fresh activation reads that version instead of this one failing every write from now on.
    /// </param>
    public static async Task CommitAsync<TState>(this IPersistentState<TState> storage, TState changed, Action onStale)
        where TState : class, new()
    {
        var stored = storage.State;
        storage.State = changed;
        try
        {
            await storage.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            storage.State = stored;
            onStale();
            throw;
        }
        catch
        {
            storage.State = stored;
            throw;
        }
    }
}
