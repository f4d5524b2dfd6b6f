namespace Kooperationsraum.Bench.Dashboards;

/// <summary>From <see cref="At"/> (milliseconds after navigation start) on, the dashboard table had <see cref="Rows"/> project rows.</summary>
public sealed record RowMark(double At, int Rows);
