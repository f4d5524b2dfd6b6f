namespace Kooperationsraum.Web.Components.Pages.Dashboards;

/// <summary>One day of one column in the cumulative flow chart.</summary>
public sealed record FlowDatum(DateTime Day, int Tasks);
