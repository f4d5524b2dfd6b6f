using System.Text.Json;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Bench.Hubs;

/// <summary>
/// Decodes the operations of an <c>OperationsAppliedAsync</c> record once for all the editors of this process that
/// receive the same record. The hub serialises a broadcast once for the whole group, so the editors of one document
/// receive identical bytes, each over its own connection; in reality each is a browser on its own machine that decodes
/// its copy, but here 400 of them share two cores with the server, and decoding 400 copies of every broadcast starved
/// the server being measured. Decoding is a pure function of the bytes, so a record that is byte for byte one decoded
/// before (compared in full, not only by hash) gets the same immutable operations; every editor still checks the
/// versions, rebases its unconfirmed operations over them and applies them to its own text. Only recent records are
/// kept: the editors of a document receive a broadcast within moments of each other.
/// </summary>
public sealed class BroadcastDecoder
{
    private const int Capacity = 512;

    private readonly Lock gate = new();
    private readonly Dictionary<int, (byte[] Record, IReadOnlyList<AppliedOperation> Operations)> recent = [];
    private readonly Queue<int> order = new();
    private long decoded;
    private long shared;

    /// <summary>Records decoded, and records answered from an identical one decoded before.</summary>
    public (long Decoded, long Shared) Counts
    {
        get
        {
            lock (gate)
            {
                return (decoded, shared);
            }
        }
    }

    /// <summary>The operations of an <c>OperationsAppliedAsync(documentId, operations)</c> invocation record; never modify them.</summary>
    public IReadOnlyList<AppliedOperation> Decode(ReadOnlySpan<byte> record)
    {
        var hash = new HashCode();
        hash.AddBytes(record);
        var key = hash.ToHashCode();
        lock (gate)
        {
            if (recent.TryGetValue(key, out var known) && record.SequenceEqual(known.Record))
            {
                shared++;
                return known.Operations;
            }
        }

        var copy = record.ToArray();
        IReadOnlyList<AppliedOperation> operations;
        using (var json = JsonDocument.Parse(copy))
        {
            operations = json.RootElement.GetProperty("arguments"u8)[1].Deserialize<List<AppliedOperation>>(HubProtocolClient.JsonOptions)!.AsReadOnly();
        }

        lock (gate)
        {
            decoded++;
            if (!recent.ContainsKey(key))
            {
                order.Enqueue(key);
                if (order.Count > Capacity)
                {
                    recent.Remove(order.Dequeue());
                }
            }

            recent[key] = (copy, operations);
        }

        return operations;
    }
}
