using System.Text.Json.Serialization;
using Kooperationsraum.Grains.Board;
using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// The persisted state of one workspace, serialised with System.Text.Json. Every collection starts empty, so a
/// record written before a member existed still loads. <see cref="SchemaVersion"/> names the shape a record was
/// written in; <see cref="UpgradeSchema"/> brings older shapes forward when a grain activates.
/// </summary>
public sealed class WorkspaceState
{
    /// <summary>
    /// 2 added <see cref="Documents"/>; 3 added milestones to the <see cref="Details"/>; 4 the documents' visibility; 5 the
    /// documents' editing sessions (<see cref="DocumentEntryState.Edits"/>, <see cref="PendingDeletedEdits"/>,
    /// <see cref="DeletedEdits"/>, <see cref="EditReports"/>), which older records hold none of.
    /// </summary>
    public const int CurrentSchemaVersion = 5;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    public string Id { get; set; } = string.Empty;

    public DetailsState Details { get; set; } = new();

    /// <summary>Who created the workspace and when; null until it is created.</summary>
    public ChangeStamp? Created { get; set; }

    /// <summary>Grows by one with every change; the version the latest event produced.</summary>
    public long Version { get; set; }

    /// <summary>
    /// Grows by one whenever a document's report of editing sessions changed the state. Such a report records no event
    /// and leaves <see cref="Version"/> as it is, so that nothing a workspace page shows moves; this number orders the
    /// dashboard summaries that differ only in the sessions (<see cref="ProjectSummary.EditReports"/>).
    /// </summary>
    public long EditReports { get; set; }

    public List<MemberState> Members { get; set; } = [];

    public List<ColumnState> Columns { get; set; } = [];

    /// <summary>The workspace's documents in the order they were created.</summary>
    public List<DocumentEntryState> Documents { get; set; } = [];

    /// <summary>
    /// The editing sessions of deleted documents whose last report has not arrived yet, by document; see
    /// <see cref="DocumentEditLedger"/>.
    /// </summary>
    public List<DocumentEdits> PendingDeletedEdits { get; set; } = [];

    /// <summary>The editing sessions of every deleted document whose last report arrived, summed per organisation.</summary>
    public List<EditCount> DeletedEdits { get; set; } = [];

    /// <summary>
    /// The latest events, oldest first, at most <see cref="WorkspaceLimits.ActivityRetention"/>, each in
    /// <see cref="ActivitySummary">summary form</see>.
    /// </summary>
    public List<WorkspaceEvent> Activity { get; set; } = [];

    [JsonIgnore]
    public bool Exists => Created is not null;

    /// <summary>
    /// A copy that a command can change while this one stays as stored. Members, tasks and events are immutable
    /// and shared, so the copy costs a few list copies, not a copy of the board.
    /// </summary>
    public WorkspaceState Clone() =>
        new()
        {
            SchemaVersion = SchemaVersion,
            Id = Id,
            Details = Details,
            Created = Created,
            Version = Version,
            EditReports = EditReports,
            Members = [.. Members],
            Columns = [.. Columns.Select(column => column.Clone())],
            Documents = [.. Documents],
            PendingDeletedEdits = [.. PendingDeletedEdits],
            DeletedEdits = [.. DeletedEdits],
            Activity = [.. Activity],
        };

    /// <summary>
    /// Brings a record written in an older shape to the current one. A record from a newer build is refused, since
    /// writing it back in the older shape would lose what the newer build stored.
    /// </summary>
    public void UpgradeSchema()
    {
        if (SchemaVersion > CurrentSchemaVersion)
        {
            throw new InvalidOperationException(
                $"Workspace '{Id}' was stored with schema version {SchemaVersion}; this build reads up to {CurrentSchemaVersion}.");
        }

        // Version 1 knew no documents and version 2 no milestones; both lists start empty, so they need nothing beyond
        // the new version number. Documents before version 4 had no visibility: every member saw them, so they stay
        // visible to all partners, owned by their creator's organisation as far as the workspace still knows it.
        Documents = [.. Documents.Select(document => document.Visibility is not null ? document : document with
        {
            Visibility = DocumentVisibility.AllPartners(
                Members.Find(member => member.PersonId == document.Created.PersonId)?.OrganisationId ?? string.Empty),
        })];
        SchemaVersion = CurrentSchemaVersion;

        // Records written before the activity was kept in summary form would otherwise carry whole tasks in every
        // write until 500 newer events had pushed them out. The shape stays the same, so the version does too.
        Activity = [.. Activity.Select(WithVisibility).Select(ActivitySummary.Of)];
    }

    // Events of documents created before schema version 3 carry no visibility: those documents were every member's.
    private static WorkspaceEvent WithVisibility(WorkspaceEvent workspaceEvent) =>
        workspaceEvent is DocumentCreated { Document.Visibility: null } created
            ? created with { Document = created.Document with { Visibility = DocumentVisibility.AllPartners(string.Empty) } }
            : workspaceEvent;
}
