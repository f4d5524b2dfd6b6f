namespace Kooperationsraum.Bench.Dashboards;

/// <summary>The column counts (tasks by column name) that a project's dashboard row shows once its change arrived.</summary>
public sealed record ExpectedRow(string Id, IReadOnlyDictionary<string, int> Counts);
