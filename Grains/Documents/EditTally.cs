using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// Counts a document's editing sessions per partner organisation (<see cref="DocumentEdits"/>) from its operations in
/// the order they were applied, by their author, organisation and time only, so that replaying the operation log after a
/// snapshot counts exactly what the first pass did. Whenever a session starts it forgets those whose session is over, so
/// it stays about as small as the group of people editing at the moment; a forgotten person's next operation starts a new
/// session as it would have anyway. Not thread-safe: the document uses it under its gate.
/// </summary>
public sealed class EditTally
{
    private readonly Dictionary<string, int> sessions;
    private readonly Dictionary<string, (string OrganisationId, DateTimeOffset LastAt)> editors;

    public EditTally()
        : this(new Dictionary<string, int>(StringComparer.Ordinal), new Dictionary<string, (string, DateTimeOffset)>(StringComparer.Ordinal))
    {
    }

    private EditTally(Dictionary<string, int> sessions, Dictionary<string, (string OrganisationId, DateTimeOffset LastAt)> editors)
    {
        this.sessions = sessions;
        this.editors = editors;
        Total = sessions.Values.Sum();
    }

    /// <summary>Every session counted for an organisation.</summary>
    public int Total { get; private set; }

    public static EditTally FromState(EditTallyState? state) =>
        state is null
            ? new EditTally()
            : new EditTally(
                new Dictionary<string, int>(state.Sessions, StringComparer.Ordinal),
                state.Editors.ToDictionary(editor => editor.PersonId, editor => (editor.OrganisationId, editor.LastAt), StringComparer.Ordinal));

    /// <summary>
    /// Counts one applied operation. Operations logged before their organisation was recorded carry none and count for
    /// no organisation; a person acting for another organisation than a moment ago starts a new session.
    /// </summary>
    public void Count(DocumentLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var organisationId = entry.OrganisationId ?? string.Empty;
        var continues = editors.TryGetValue(entry.PersonId, out var editor)
            && editor.OrganisationId == organisationId
            && entry.At - editor.LastAt <= DocumentEdits.SessionGap;
        if (!continues)
        {
            // Rarely, so the sweep costs nothing per keystroke.
            ForgetEndedSessions(entry.At);
            if (organisationId.Length > 0)
            {
                sessions[organisationId] = sessions.GetValueOrDefault(organisationId) + 1;
                Total++;
            }
        }

        editors[entry.PersonId] = (organisationId, entry.At);
    }

    /// <summary>The counts as the document reports them to its workspace, by organisation.</summary>
    public DocumentEdits ToReport(string documentId, bool documentDeleted) =>
        new(
            documentId,
            [.. sessions.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new EditCount(pair.Key, pair.Value))],
            documentDeleted);

    /// <summary>The state to store; a deleted document keeps its counts but no one's sessions.</summary>
    public EditTallyState ToState(bool withEditors = true) =>
        new()
        {
            Sessions = new Dictionary<string, int>(sessions, StringComparer.Ordinal),
            Editors = withEditors
                ? [.. editors.Select(pair => new EditorState { PersonId = pair.Key, OrganisationId = pair.Value.OrganisationId, LastAt = pair.Value.LastAt })]
                : [],
        };

    public EditTally Copy() => FromState(ToState());

    private void ForgetEndedSessions(DateTimeOffset now)
    {
        foreach (var (personId, editor) in editors)
        {
            if (now - editor.LastAt > DocumentEdits.SessionGap)
            {
                editors.Remove(personId);
            }
        }
    }
}
