namespace Kooperationsraum.Bench.Dashboards;

/// <summary>The rows a page showed since it was last asked, and the projects whose expected row it has not shown.</summary>
public sealed record ShownRows(IReadOnlyList<ShownRow> Shown, IReadOnlyList<string> Missing);
