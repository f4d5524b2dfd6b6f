using System.Text.Json;

namespace Kooperationsraum.Bench.Hubs;

/// <summary>
/// A hub invocation waiting for its completion. The result is read straight from the received record, which is
/// valid only while the receive loop handles it, so nothing is copied to be read later.
/// </summary>
internal sealed class PendingInvocation(Func<JsonElement, object?> read)
{
    private readonly TaskCompletionSource<object?> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<object?> Completion => completion.Task;

    public void Complete(JsonElement? result)
    {
        try
        {
            completion.TrySetResult(result is { ValueKind: not JsonValueKind.Null } value ? read(value) : null);
        }
        catch (JsonException exception)
        {
            completion.TrySetException(exception);
        }
    }

    public void Fail(Exception exception) => completion.TrySetException(exception);
}
