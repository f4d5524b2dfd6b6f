namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>Sums the histories of some projects into the points of a cumulative flow diagram.</summary>
public static class CumulativeFlow
{
    private static readonly Dictionary<string, int> EmptyDay = [];

    /// <summary>
    /// The tasks per column on every day from <paramref name="from"/> to <paramref name="to"/>, summed over
    /// <paramref name="projects"/>: each project counts on a day with its latest entry on or before that day, and not at
    /// all before its first. Columns (by name) in the order they first appear; every day has a point for every column.
    /// </summary>
    public static IReadOnlyList<FlowPoint> Sum(IEnumerable<ProjectFlow> projects, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var days = to.DayNumber - from.DayNumber + 1;
        if (days <= 0)
        {
            return [];
        }

        var columns = new List<string>();
        var totals = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            // Entries are oldest first, so one pass over the days walks each project's entries once.
            var next = 0;
            FlowDay? latest = null;
            for (var day = 0; day < days; day++)
            {
                var date = from.AddDays(day);
                while (next < project.Days.Count && project.Days[next].Day <= date)
                {
                    latest = project.Days[next++];
                }

                foreach (var (column, tasks) in latest?.Tasks ?? EmptyDay)
                {
                    if (!totals.TryGetValue(column, out var perDay))
                    {
                        perDay = totals[column] = new int[days];
                        columns.Add(column);
                    }

                    perDay[day] += tasks;
                }
            }
        }

        var points = new List<FlowPoint>(days * columns.Count);
        for (var day = 0; day < days; day++)
        {
            points.AddRange(columns.Select(column => new FlowPoint(from.AddDays(day), column, totals[column][day])));
        }

        return points;
    }
}
