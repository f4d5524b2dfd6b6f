namespace Kooperationsraum.Bench.Dashboards;

/// <summary>
/// When a page showed a project's expected row: in its DOM, and after the frame that held it was painted (null when the
/// page had not painted it yet when asked), both in milliseconds since the Unix epoch on the machine's wall clock.
/// </summary>
public sealed record ShownRow(string Id, double ShownAt, double? PaintedAt);
