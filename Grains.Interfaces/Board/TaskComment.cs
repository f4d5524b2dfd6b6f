using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Interfaces.Board;

/// <summary>A comment on a task.</summary>
public sealed record TaskComment(string Id, string Text, ChangeStamp By);
