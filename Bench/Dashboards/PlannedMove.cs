namespace Kooperationsraum.Bench.Dashboards;

/// <summary>One task to move to the top of another column, and the row its project's dashboard shows afterwards.</summary>
public sealed record PlannedMove(string WorkspaceId, string TaskId, string ColumnId, ExpectedRow Row);
