using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>A document as its workspace stores it in the list. Immutable, so that a copy of the state can share it.</summary>
public sealed record DocumentEntryState
{
    public required string Id { get; init; }

    public string Title { get; init; } = string.Empty;

    public required ChangeStamp Created { get; init; }

    public required ChangeStamp Changed { get; init; }

    public WorkspaceDocument ToContract() => new(Id, Title, Created, Changed);
}
