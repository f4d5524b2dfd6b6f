using Kooperationsraum.Grains.Interfaces.Board;

namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>
/// A task as it concerns one person, for the download of their own data: whether they created it or are assigned to
/// it, and the comments they wrote on it (nobody else's).
/// </summary>
public sealed record PersonalTask(string Id, string Title, bool Created, bool Assigned, IReadOnlyList<TaskComment> Comments);
