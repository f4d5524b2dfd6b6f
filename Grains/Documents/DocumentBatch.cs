using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// The changes one state write makes durable: the operations applied since the previous write began, and whether
/// anything else (title, creation, deletion) changed. Everyone waiting for one of them waits for <see cref="Durable"/>.
/// </summary>
internal sealed class DocumentBatch
{
    private readonly TaskCompletionSource durable = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool changed;

    public List<AppliedOperation> Operations { get; } = [];

    /// <summary>The document's version once this batch is written; set when its write begins.</summary>
    public int LastVersion { get; set; }

    public bool IsEmpty => !changed;

    public Task Durable => durable.Task;

    public void Add(AppliedOperation operation)
    {
        Operations.Add(operation);
        changed = true;
    }

    public void MarkChanged() => changed = true;

    public void Complete() => durable.TrySetResult();

    public void Fail(Exception exception) => durable.TrySetException(exception);
}
