using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>A document as its workspace stores it in the list. Immutable, so that a copy of the state can share it.</summary>
public sealed record DocumentEntryState
{
    public required string Id { get; init; }

    public string Title { get; init; } = string.Empty;

    public required ChangeStamp Created { get; init; }

    public required ChangeStamp Changed { get; init; }

    /// <summary>Who may see the document; entries stored before schema version 3 get every member's, see <see cref="WorkspaceState.UpgradeSchema"/>.</summary>
    public DocumentVisibility? Visibility { get; init; }

    /// <summary>
    /// The editing sessions per organisation as the document last reported them (<see cref="DocumentEditLedger"/>); none
    /// for entries stored before schema version 5 until the document reports again.
    /// </summary>
    public IReadOnlyList<EditCount> Edits { get; init; } = [];

    /// <summary>The visibility, every member's when none was stored.</summary>
    public DocumentVisibility EffectiveVisibility => Visibility ?? DocumentVisibility.AllPartners(string.Empty);

    public WorkspaceDocument ToContract() => new(Id, Title, Created, Changed, EffectiveVisibility);
}
