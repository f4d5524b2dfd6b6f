namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// The presence of one document in this process: one entry per connection, and the document's length at recent
/// versions, so that selections can be checked against the document without loading its text. Not thread-safe;
/// <see cref="PresenceRegistry"/> guards it.
/// </summary>
public sealed class DocumentPresence
{
    /// <summary>How many versions' lengths are remembered; editors send selections at the version they are synced to.</summary>
    public const int RememberedVersions = 256;

    private readonly Dictionary<string, EditorPresence> byConnection = [];
    private readonly Dictionary<int, int> lengths = [];
    private readonly Queue<int> lengthOrder = new();

    public int Count => byConnection.Count;

    public bool IsEmpty => byConnection.Count == 0;

    public EditorPresence? Find(string connectionId) => byConnection.GetValueOrDefault(connectionId);

    public void Set(string connectionId, EditorPresence presence) => byConnection[connectionId] = presence;

    public EditorPresence? Remove(string connectionId) => byConnection.Remove(connectionId, out var presence) ? presence : null;

    public IReadOnlyList<EditorPresence> Others(string connectionId) =>
        byConnection.Where(entry => entry.Key != connectionId).Select(entry => entry.Value).ToList();

    public int? LengthAt(int version) => lengths.TryGetValue(version, out var length) ? length : null;

    public void RecordLength(int version, int length)
    {
        if (!lengths.TryAdd(version, length))
        {
            return;
        }

        lengthOrder.Enqueue(version);
        while (lengthOrder.Count > RememberedVersions)
        {
            lengths.Remove(lengthOrder.Dequeue());
        }
    }
}
