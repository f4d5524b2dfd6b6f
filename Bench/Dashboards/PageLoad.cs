namespace Kooperationsraum.Bench.Dashboards;

/// <summary>
/// How one load of a dashboard page went, in milliseconds after navigation start: when the request was sent, the first
/// and last byte of the server's answer, every change in the number of project rows (and when it was painted), the
/// browser's first contentful paint and DOM content loaded, when the circuit came up and the page went live, and when
/// the person last clicked in the page.
/// </summary>
public sealed record PageLoad(
    double? ResponseStart, double? ResponseEnd, IReadOnlyList<RowMark> Rows, double? CircuitAt, double? LiveAt, double? FirstContentfulPaint = null, double? DomContentLoaded = null, double? RequestStart = null, double? ClickedAt = null)
{
    /// <summary>When the table first held all <paramref name="projects"/> rows.</summary>
    public double? TableAt(int projects) => Rows.FirstOrDefault(mark => mark.Rows >= projects)?.At;

    /// <summary>When the frame that first showed all <paramref name="projects"/> rows was painted.</summary>
    public double? TablePaintedAt(int projects) => Rows.FirstOrDefault(mark => mark.Rows >= projects)?.PaintedAt;

    /// <summary>When the table last came to hold all <paramref name="projects"/> rows, after it had lost some on the way.</summary>
    public double? StableAt(int projects) => Rows.LastOrDefault(mark => mark.Rows >= projects)?.At;

    /// <summary>Whether the table, once complete, lost rows again before it was complete for good (the interactive render replacing the prerendered one).</summary>
    public bool Flickered(int projects) =>
        Rows.SkipWhile(mark => mark.Rows < projects).Any(mark => mark.Rows < projects);
}
