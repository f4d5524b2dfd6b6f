using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Components.Shared;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace Kooperationsraum.Web.Components.Pages.Board;

/// <summary>
/// Views and edits one task. Saving sends the revision the form was loaded at, so an edit made meanwhile by
/// someone else is never silently overwritten: the person is told and can load the latest version.
/// </summary>
public sealed partial class TaskDialog
{
    [Parameter] public string WorkspaceId { get; set; } = string.Empty;

    [Parameter] public string TaskId { get; set; } = string.Empty;

    [Parameter] public bool CanEdit { get; set; }

    [Parameter] public bool CanComment { get; set; }

    [Parameter] public IReadOnlyDictionary<string, string> OrganisationNames { get; set; } = new Dictionary<string, string>();

    [Inject] private WorkspaceService Workspaces { get; set; } = null!;

    [Inject] private DialogService Dialogs { get; set; } = null!;

    private BoardTask? task;
    private TaskForm form = new();
    private IReadOnlyList<MemberOption> members = [];
    private string comment = string.Empty;
    private string? error;
    private bool stale;

    protected override async Task OnInitializedAsync()
    {
        await LoadLatestAsync();
    }

    private async Task LoadLatestAsync()
    {
        var workspace = await Workspaces.GetAsync(WorkspaceId);
        task = workspace?.Columns.SelectMany(c => c.Tasks).FirstOrDefault(t => t.Id == TaskId);
        members = workspace?.Members
            .Select(m => new MemberOption(m.PersonId, OrganisationNames.TryGetValue(m.OrganisationId, out var organisation) ? $"{m.DisplayName} ({organisation})" : m.DisplayName))
            .ToList() ?? [];
        if (task is not null)
        {
            form = TaskForm.From(task);
        }

        error = null;
        stale = false;
    }

    private async Task SaveAsync()
    {
        try
        {
            task = await Workspaces.UpdateTaskAsync(WorkspaceId, task!.Id, task.Revision, form.ToDraft());
            Dialogs.Close(true);
        }
        catch (WorkspaceRuleException refusal)
        {
            stale = refusal.Error == WorkspaceError.StaleTask;
            error = L.Describe(refusal);
        }
    }

    private async Task DeleteAsync()
    {
        var confirmed = await Dialogs.Confirm(
            L["Task.DeleteConfirm", task!.Title],
            L["Task.Delete"],
            new ConfirmOptions { OkButtonText = L["Task.Delete"], CancelButtonText = L["Common.Cancel"] });
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await Workspaces.DeleteTaskAsync(WorkspaceId, task.Id);
            Dialogs.Close(true);
        }
        catch (WorkspaceRuleException refusal)
        {
            error = L.Describe(refusal);
        }
    }

    private async Task CommentAsync()
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return;
        }

        try
        {
            var posted = await Workspaces.AddCommentAsync(WorkspaceId, task!.Id, comment.Trim());
            task = task with { Comments = [.. task.Comments, posted] };
            comment = string.Empty;
            error = null;
        }
        catch (WorkspaceRuleException refusal)
        {
            error = L.Describe(refusal);
        }
    }
}
