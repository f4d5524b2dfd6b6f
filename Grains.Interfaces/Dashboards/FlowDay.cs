namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>How many tasks stood in each column (by name) of one project at the end of <see cref="Day"/>, or now for today.</summary>
public sealed record FlowDay(DateOnly Day, IReadOnlyDictionary<string, int> Tasks);
