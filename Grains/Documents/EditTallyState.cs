namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// A document's editing sessions as stored with its snapshot (see <see cref="EditTally"/>): the sessions per organisation,
/// and who edited within the last session gap, when last and for whom, so that a session goes on across a restart.
/// </summary>
public sealed class EditTallyState
{
    public Dictionary<string, int> Sessions { get; set; } = new(StringComparer.Ordinal);

    public List<EditorState> Editors { get; set; } = [];
}
