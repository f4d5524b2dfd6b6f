namespace Kooperationsraum.Web.Components.Pages.Dashboards;

/// <summary>What one partner organisation contributed to the projects shown, by its name.</summary>
public sealed record ContributionRow(string Organisation, int TasksDone, int EditSessions);
