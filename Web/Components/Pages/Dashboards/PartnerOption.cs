namespace Kooperationsraum.Web.Components.Pages.Dashboards;

/// <summary>
/// A partner organisation as the dashboard's filter lists it. A named type, since the drop-down reads the properties
/// from the item type, which an empty list of anonymous objects does not tell it.
/// </summary>
public sealed record PartnerOption(string Text, string Value);
