namespace Kooperationsraum.Web.Services;

/// <summary>Someone who has a document open in the editor right now.</summary>
public sealed record ActiveEditor(string DisplayName, string OrganisationName, string WorkspaceId, string WorkspaceTitle, string DocumentId, string DocumentTitle);
