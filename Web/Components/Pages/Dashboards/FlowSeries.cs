namespace Kooperationsraum.Web.Components.Pages.Dashboards;

/// <summary>The tasks of one column (by name) over the days of the cumulative flow chart.</summary>
public sealed record FlowSeries(string Column, IReadOnlyList<FlowDatum> Days);
