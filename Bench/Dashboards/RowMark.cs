namespace Kooperationsraum.Bench.Dashboards;

/// <summary>
/// From <see cref="At"/> (milliseconds after navigation start) on, the dashboard table had <see cref="Rows"/> project rows;
/// the frame showing them was painted at <see cref="PaintedAt"/>.
/// </summary>
public sealed record RowMark(double At, int Rows, double? PaintedAt = null);
