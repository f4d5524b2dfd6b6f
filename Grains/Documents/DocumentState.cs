using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// The persisted snapshot of one document, serialised with System.Text.Json; the operations since are in the document's
/// operation log from <see cref="LogPosition"/> on, as <see cref="DocumentLogEntry"/>s. <see cref="SchemaVersion"/> names
/// the shape a record was written in: 1 kept every operation in <see cref="Log"/> and had no operation log, which reads
/// as version 2 with position 0 of an empty operation log; 3 added <see cref="Edits"/> (a record without them counts from
/// none). A deleted document keeps only its id, workspace, <see cref="Deleted"/> and its sessions per organisation, so
/// that its id is never reused, resends of its operations are refused rather than applied to a new document, and its
/// editing sessions still count as contributions.
/// </summary>
public sealed class DocumentState
{
    public const int CurrentSchemaVersion = 3;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    public string Id { get; set; } = string.Empty;

    public string WorkspaceId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>Who created the document and when; null until it is created.</summary>
    public ChangeStamp? Created { get; set; }

    public ChangeStamp? Changed { get; set; }

    public bool Deleted { get; set; }

    /// <summary>The snapshot, the retained operations and the editors' progress; null until the document is created.</summary>
    public DocumentLogState? Log { get; set; }

    /// <summary>
    /// The snapshot before the log's latest one. Operations carry no deleted text, so an old version is rebuilt
    /// forwards from a snapshot; keeping the previous one makes at least one compaction interval viewable.
    /// </summary>
    public DocumentSnapshot? HistoryBase { get; set; }

    /// <summary>The sequence of the first operation log entry that this snapshot does not hold yet.</summary>
    public long LogPosition { get; set; }

    /// <summary>The revisions of the viewable history, oldest first.</summary>
    public List<DocumentRevision> Revisions { get; set; } = [];

    /// <summary>The editing sessions of the operations this snapshot holds; null for a record from before schema version 3.</summary>
    public EditTallyState? Edits { get; set; }

    /// <summary>Refuses a record from a newer build, since writing it back in this shape would lose what that build stored.</summary>
    public void UpgradeSchema()
    {
        if (SchemaVersion > CurrentSchemaVersion)
        {
            throw new InvalidOperationException(
                $"Document '{Id}' was stored with schema version {SchemaVersion}; this build reads up to {CurrentSchemaVersion}.");
        }

        SchemaVersion = CurrentSchemaVersion;
    }
}
