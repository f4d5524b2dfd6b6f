namespace Kooperationsraum.Web.Components.Pages.Documents;

/// <summary>A partner organisation a document's visibility can name.</summary>
public sealed record OrganisationChoice(string Id, string Name);
