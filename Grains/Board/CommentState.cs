using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Board;

/// <summary>A task comment as stored.</summary>
public sealed record CommentState
{
    public required string Id { get; init; }

    public string Text { get; init; } = string.Empty;

    public required ChangeStamp By { get; init; }

    public TaskComment ToContract() => new(Id, Text, By);
}
