namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>
/// How many tasks stood in the columns named <see cref="Column"/> at the end of <see cref="Day"/>, summed over some
/// projects (<see cref="CumulativeFlow.Sum"/>): one point of a cumulative flow diagram.
/// </summary>
public sealed record FlowPoint(DateOnly Day, string Column, int Tasks);
