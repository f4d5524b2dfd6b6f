namespace Kooperationsraum.Grains.Interfaces.Board;

/// <summary>A board column with its tasks in order. A <see cref="WipLimit"/> caps how many tasks it may hold.</summary>
public sealed record BoardColumn(string Id, string Name, int? WipLimit, IReadOnlyList<BoardTask> Tasks);
