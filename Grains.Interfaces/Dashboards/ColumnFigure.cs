using System.Text.Json.Serialization;

namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>One board column as a dashboard counts it. <see cref="IsDone"/> marks the board's last column, whose tasks count as done.</summary>
public sealed record ColumnFigure(string Id, string Name, int Tasks, int? WipLimit, bool IsDone)
{
    /// <summary>Whether the column holds as many tasks as its WIP limit allows (or more, when the limit was lowered).</summary>
    [JsonIgnore]
    public bool AtWipLimit => WipLimit is { } limit && Tasks >= limit;
}
