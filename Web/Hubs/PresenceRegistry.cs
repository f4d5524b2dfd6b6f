using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Who is in which document, kept in the Web process (presence is not worth a disk write): one
/// <see cref="DocumentPresence"/> per document that someone is in, one entry per connection, at most
/// <see cref="MaxEditorsPerDocument"/> per document. Everything a connection left is removed when it closes the
/// document or disconnects.
/// </summary>
public sealed class PresenceRegistry
{
    /// <summary>Beyond this many editors in one document, further ones edit without showing their cursor.</summary>
    public const int MaxEditorsPerDocument = 500;

    /// <summary>CodeMirror allows several selections; more than this many are not shown to others.</summary>
    public const int MaxRanges = 32;

    private readonly Lock gate = new();
    private readonly Dictionary<string, DocumentPresence> documents = [];
    private readonly Dictionary<string, HashSet<string>> documentsByConnection = [];

    public EditorPresence? Find(string documentId, string connectionId)
    {
        lock (gate)
        {
            return documents.GetValueOrDefault(documentId)?.Find(connectionId);
        }
    }

    /// <summary>Stores a connection's presence; false when the document already has <see cref="MaxEditorsPerDocument"/> others.</summary>
    public bool Set(string documentId, string connectionId, EditorPresence presence)
    {
        lock (gate)
        {
            var document = Document(documentId, connectionId);
            if (document.Find(connectionId) is null && document.Count >= MaxEditorsPerDocument)
            {
                return false;
            }

            document.Set(connectionId, presence);
            return true;
        }
    }

    /// <summary>Everyone in the document except <paramref name="connectionId"/>.</summary>
    public IReadOnlyList<EditorPresence> Others(string documentId, string connectionId)
    {
        lock (gate)
        {
            return documents.GetValueOrDefault(documentId)?.Others(connectionId) ?? [];
        }
    }

    /// <summary>The document's length at <paramref name="version"/>, when this process saw it recently.</summary>
    public int? LengthAt(string documentId, int version)
    {
        lock (gate)
        {
            return documents.GetValueOrDefault(documentId)?.LengthAt(version);
        }
    }

    /// <summary>Remembers a length that <paramref name="connectionId"/>, which has the document open, looked up.</summary>
    public void RecordLength(string documentId, string connectionId, int version, int length)
    {
        lock (gate)
        {
            Document(documentId, connectionId).RecordLength(version, length);
        }
    }

    /// <summary>Remembers the lengths a durable write produced, for documents someone is present in.</summary>
    public void RecordApplied(string documentId, IReadOnlyList<AppliedOperation> operations)
    {
        lock (gate)
        {
            if (documents.TryGetValue(documentId, out var document))
            {
                foreach (var operation in operations)
                {
                    document.RecordLength(operation.Version - 1, operation.Operation.Length);
                    document.RecordLength(operation.Version, operation.Operation.NewLength);
                }
            }
        }
    }

    /// <summary>Removes a connection from a document; returns its presence, if it had one, so the others can be told.</summary>
    public EditorPresence? Leave(string documentId, string connectionId)
    {
        lock (gate)
        {
            if (documentsByConnection.TryGetValue(connectionId, out var ids) && ids.Remove(documentId) && ids.Count == 0)
            {
                documentsByConnection.Remove(connectionId);
            }

            return RemoveFrom(documentId, connectionId);
        }
    }

    /// <summary>Removes a closed connection from every document; returns what it left, so the others can be told.</summary>
    public IReadOnlyList<(string DocumentId, EditorPresence Presence)> Disconnect(string connectionId)
    {
        lock (gate)
        {
            if (!documentsByConnection.Remove(connectionId, out var ids))
            {
                return [];
            }

            var left = new List<(string, EditorPresence)>();
            foreach (var documentId in ids)
            {
                if (RemoveFrom(documentId, connectionId) is { } presence)
                {
                    left.Add((documentId, presence));
                }
            }

            return left;
        }
    }

    private DocumentPresence Document(string documentId, string connectionId)
    {
        if (!documents.TryGetValue(documentId, out var document))
        {
            document = documents[documentId] = new DocumentPresence();
        }

        if (!documentsByConnection.TryGetValue(connectionId, out var ids))
        {
            ids = documentsByConnection[connectionId] = [];
        }

        ids.Add(documentId);
        return document;
    }

    private EditorPresence? RemoveFrom(string documentId, string connectionId)
    {
        if (!documents.TryGetValue(documentId, out var document))
        {
            return null;
        }

        var presence = document.Remove(connectionId);
        if (document.IsEmpty)
        {
            documents.Remove(documentId);
        }

        return presence;
    }
}
