using Kooperationsraum.Grains.Interfaces.Board;

namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>Everything a workspace page shows, at one <see cref="Version"/>.</summary>
public sealed record WorkspaceSnapshot(
    string Id,
    WorkspaceDetails Details,
    IReadOnlyList<WorkspaceMember> Members,
    IReadOnlyList<BoardColumn> Columns,
    IReadOnlyList<WorkspaceDocument> Documents,
    long Version,
    ChangeStamp Created);
