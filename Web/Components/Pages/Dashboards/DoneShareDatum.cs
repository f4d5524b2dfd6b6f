namespace Kooperationsraum.Web.Components.Pages.Dashboards;

/// <summary>One project's bar in the share-done chart.</summary>
public sealed record DoneShareDatum(string Project, double Percent);
