using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Silo.Storage;

namespace Kooperationsraum.Silo.Runtime;

/// <summary>
/// A grain's persistent state in <see cref="IGrainStorage"/>. It remembers the JSON of its last read or write, so that
/// deactivation writes the state only when it changed.
/// </summary>
internal sealed class PersistentState<TState>(IGrainStorage storage, GrainStateId id) : IPersistentState<TState>, IPersistentStateLifecycle
    where TState : class, new()
{
    private string? lastPayload;

    public TState State { get; set; } = new();

    public string? Etag { get; private set; }

    public bool RecordExists { get; private set; }

    public async Task ReadStateAsync()
    {
        var stored = await storage.ReadAsync(id, CancellationToken.None);
        Etag = stored?.Etag;
        RecordExists = stored?.Payload is not null;
        State = stored?.Payload is { } payload ? StateSerializer.Deserialize<TState>(payload) ?? new TState() : new TState();
        lastPayload = StateSerializer.Serialize(State);
    }

    public async Task WriteStateAsync()
    {
        var payload = StateSerializer.Serialize(State);
        Etag = await storage.WriteAsync(id, payload, Etag, CancellationToken.None);
        RecordExists = true;
        lastPayload = payload;
    }

    public async Task ClearStateAsync()
    {
        Etag = await storage.ClearAsync(id, Etag, CancellationToken.None);
        RecordExists = false;
        State = new TState();
        lastPayload = StateSerializer.Serialize(State);
    }

    public Task WriteIfChangedAsync() =>
        StateSerializer.Serialize(State) == lastPayload ? Task.CompletedTask : WriteStateAsync();
}
