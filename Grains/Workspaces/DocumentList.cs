using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// The rules of a workspace's list of documents, over its stored entries: titles as the document grain takes them
/// (trimmed, 1 to <see cref="DocumentLimits.MaxTitleLength"/> characters), so that a listed title and the document's
/// own never disagree, and at most <see cref="WorkspaceLimits.MaxDocuments"/>. Every method checks before it changes.
/// </summary>
public sealed class DocumentList(List<DocumentEntryState> documents)
{
    public IReadOnlyList<DocumentEntryState> Documents => documents;

    /// <summary>The listed document, refused with <see cref="WorkspaceError.UnknownDocument"/> when there is none.</summary>
    public DocumentEntryState Get(string? documentId) => documents[IndexOf(documentId)];

    public DocumentEntryState Add(string documentId, string? title, ChangeStamp stamp, DocumentVisibility visibility)
    {
        var validTitle = Title(title);
        if (documents.Count >= WorkspaceLimits.MaxDocuments)
        {
            throw Refusal.Because(WorkspaceError.TooManyDocuments, $"A workspace holds at most {WorkspaceLimits.MaxDocuments} documents.");
        }

        var document = new DocumentEntryState { Id = documentId, Title = validTitle, Created = stamp, Changed = stamp, Visibility = visibility };
        documents.Add(document);
        return document;
    }

    public DocumentEntryState Rename(string? documentId, string? title, ChangeStamp stamp)
    {
        var index = IndexOf(documentId);
        var renamed = documents[index] with { Title = Title(title), Changed = stamp };
        documents[index] = renamed;
        return renamed;
    }

    public DocumentEntryState SetVisibility(string? documentId, DocumentVisibility visibility, ChangeStamp stamp)
    {
        var index = IndexOf(documentId);
        var changed = documents[index] with { Visibility = visibility, Changed = stamp };
        documents[index] = changed;
        return changed;
    }

    public DocumentEntryState Remove(string? documentId)
    {
        var index = IndexOf(documentId);
        var removed = documents[index];
        documents.RemoveAt(index);
        return removed;
    }

    private int IndexOf(string? documentId)
    {
        var index = documents.FindIndex(document => document.Id == documentId);
        return index >= 0
            ? index
            : throw Refusal.Because(WorkspaceError.UnknownDocument, $"The workspace lists no document '{documentId}'.", documentId ?? string.Empty);
    }

    private static string Title(string? title) =>
        TextRules.Required(title, DocumentLimits.MaxTitleLength, WorkspaceError.TitleRequired, WorkspaceError.TitleTooLong);
}
