namespace Kooperationsraum.Grains.Dashboards;

/// <summary>How many tasks stood in each column (by name) of one project at the end of a day, or now for today.</summary>
public sealed class FlowDayState
{
    public DateOnly Day { get; set; }

    public Dictionary<string, int> Tasks { get; set; } = [];
}
