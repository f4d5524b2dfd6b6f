using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// The editing sessions of a workspace's documents, over its stored state, as the documents report them
/// (<see cref="DocumentEdits"/>): the latest report of each listed document, and those of deleted documents, which still
/// count as contributions. A deleted document's entry waits in <see cref="WorkspaceState.PendingDeletedEdits"/> for the
/// document's last report, which holds the sessions of its final seconds too, and is then summed into
/// <see cref="WorkspaceState.DeletedEdits"/>, so that the state does not grow with every document ever deleted. Reports
/// come one at a time per document and only grow, so the newer one wins and a late or repeated one changes nothing.
/// </summary>
public sealed class DocumentEditLedger(WorkspaceState state)
{
    /// <summary>Takes in a document's report; refuses counts below zero or without an organisation.</summary>
    /// <returns>Whether the state changed.</returns>
    public bool Take(DocumentEdits edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        if (edits.Counts.Any(count => count is null || string.IsNullOrEmpty(count.OrganisationId) || count.Sessions < 0))
        {
            throw new ArgumentException($"The edits of document {edits.DocumentId} hold a count without organisation or below zero.", nameof(edits));
        }

        var listed = state.Documents.FindIndex(document => document.Id == edits.DocumentId);
        if (listed >= 0)
        {
            var document = state.Documents[listed];
            if (Total(document.Edits) >= edits.Total)
            {
                return false;
            }

            state.Documents[listed] = document with { Edits = [.. edits.Counts] };
            return true;
        }

        var pending = state.PendingDeletedEdits.FindIndex(held => held.DocumentId == edits.DocumentId);
        if (pending < 0)
        {
            return false;
        }

        var held = state.PendingDeletedEdits[pending];
        if (edits.DocumentDeleted)
        {
            state.PendingDeletedEdits.RemoveAt(pending);
            state.DeletedEdits = [.. Sum(state.DeletedEdits.Concat(edits.Total >= held.Total ? edits.Counts : held.Counts))];
            return true;
        }

        if (held.Total >= edits.Total)
        {
            return false;
        }

        state.PendingDeletedEdits[pending] = edits;
        return true;
    }

    /// <summary>Keeps the sessions of a document that leaves the list until its last report arrives.</summary>
    public void Retire(DocumentEntryState document)
    {
        ArgumentNullException.ThrowIfNull(document);
        state.PendingDeletedEdits.Add(new DocumentEdits(document.Id, document.Edits, DocumentDeleted: false));
    }

    /// <summary>Every document's sessions, listed and deleted, per organisation.</summary>
    public IReadOnlyList<EditCount> Totals() =>
        Sum(state.Documents.SelectMany(document => document.Edits).Concat(state.PendingDeletedEdits.SelectMany(held => held.Counts)).Concat(state.DeletedEdits));

    private static EditCount[] Sum(IEnumerable<EditCount> counts) =>
    [
        .. counts.GroupBy(count => count.OrganisationId, StringComparer.Ordinal)
            .Select(group => new EditCount(group.Key, group.Sum(count => count.Sessions)))
            .OrderBy(count => count.OrganisationId, StringComparer.Ordinal),
    ];

    private static int Total(IReadOnlyList<EditCount> counts) => counts.Sum(count => count.Sessions);
}
