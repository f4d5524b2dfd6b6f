using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// The changes one write makes durable: the operations applied since the previous write began, as log entries and as
/// the observers receive them, and whether the header (title, creation, deletion) changed, which writes a snapshot.
/// Everyone waiting for one of them waits for <see cref="Durable"/>.
/// </summary>
internal sealed class DocumentBatch
{
    private readonly TaskCompletionSource durable = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public List<DocumentLogEntry> Entries { get; } = [];

    public List<AppliedOperation> Operations { get; } = [];

    public bool HeaderChanged { get; private set; }

    /// <summary>People being deleted, whose pseudonym the snapshot this batch writes puts in place of their name.</summary>
    public HashSet<string> Pseudonymised { get; } = new(StringComparer.Ordinal);

    /// <summary>The document's version once this batch is written; set when its write begins.</summary>
    public int LastVersion { get; set; }

    /// <summary>The header once this batch is written; set when its write begins.</summary>
    public DocumentHeader Header { get; set; } = DocumentHeader.None;

    public bool IsEmpty => Entries.Count == 0 && !HeaderChanged;

    public Task Durable => durable.Task;

    public void Add(DocumentLogEntry entry, AppliedOperation operation)
    {
        Entries.Add(entry);
        Operations.Add(operation);
    }

    public void MarkHeaderChanged() => HeaderChanged = true;

    public void Complete() => durable.TrySetResult();

    public void Fail(Exception exception) => durable.TrySetException(exception);
}
