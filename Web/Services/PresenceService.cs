using Kooperationsraum.Grains.Interfaces.Dashboards;
using Kooperationsraum.Web.Hubs;

namespace Kooperationsraum.Web.Services;

/// <summary>
/// Who is working in which document right now, for the dashboards: read from the editors' presence that the document hub
/// keeps in this process, for the documents of the workspaces a page shows (and so may show).
/// </summary>
public sealed class PresenceService(PresenceRegistry presence)
{
    // No connection has an empty id, so "everyone but it" is everyone in the document.
    private const string NoConnection = "";

    /// <summary>One line per person and document, ordered by workspace, document and name.</summary>
    public IReadOnlyList<ActiveEditor> ActiveIn(IEnumerable<ProjectSummary> workspaces) =>
        [
            .. workspaces.SelectMany(workspace => workspace.Documents.SelectMany(document =>
                    presence.Others(document.Id, NoConnection)
                        .Select(editor => new ActiveEditor(editor.DisplayName, editor.OrganisationName, workspace.WorkspaceId, workspace.Title, document.Id, document.Title))))
                .Distinct()
                .OrderBy(editor => editor.WorkspaceTitle, StringComparer.CurrentCulture)
                .ThenBy(editor => editor.DocumentTitle, StringComparer.CurrentCulture)
                .ThenBy(editor => editor.DisplayName, StringComparer.CurrentCulture),
        ];
}
