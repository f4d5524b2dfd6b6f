namespace Kooperationsraum.Web.Components.Pages.Dashboards;

/// <summary>One board column in a row of the dashboard table: its name, its tasks and its WIP limit, if any.</summary>
public sealed record DashboardColumn(string Name, int Tasks, int? WipLimit)
{
    public bool AtWipLimit => WipLimit is { } limit && Tasks >= limit;
}
