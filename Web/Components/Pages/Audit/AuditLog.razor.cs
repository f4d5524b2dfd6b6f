using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Audit;
using Kooperationsraum.Web.Components.Shared;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace Kooperationsraum.Web.Components.Pages.Audit;

/// <summary>
/// A workspace's audit log, newest first, a page at a time as the workspace hands it out (Koordination and
/// administrators only; the grain refuses everyone else). It reloads the current page when the workspace changes,
/// since most audited changes arrive as workspace events too.
/// </summary>
public sealed partial class AuditLog
{
    private const int PageSize = 20;

    [Parameter, EditorRequired] public WorkspaceSnapshot Workspace { get; set; } = null!;

    [Inject] private WorkspaceService Workspaces { get; set; } = null!;

    [Inject] private DirectoryService Directory { get; set; } = null!;

    // Null until the grid asked for its first page: the grid loads it only while it has no data.
    private IReadOnlyList<AuditLine>? lines;
    private int total;
    private bool loading;
    private string? error;
    private long shownVersion = -1;
    private int skip;

    protected override async Task OnParametersSetAsync()
    {
        if (shownVersion >= 0 && shownVersion != Workspace.Version)
        {
            await LoadPageAsync(skip);
        }
    }

    private Task LoadAsync(LoadDataArgs args) => LoadPageAsync(args.Skip ?? 0);

    private async Task LoadPageAsync(int from)
    {
        loading = true;
        try
        {
            skip = from;
            var page = await Workspaces.GetAuditAsync(Workspace.Id, from, PageSize);
            lines = await new AuditFormatter(L, Directory).FormatAsync(Workspace, page.Entries);
            total = page.Total;
            error = null;
        }
        catch (WorkspaceRuleException refusal)
        {
            error = L.Describe(refusal);
        }
        finally
        {
            shownVersion = Workspace.Version;
            loading = false;
        }
    }
}
