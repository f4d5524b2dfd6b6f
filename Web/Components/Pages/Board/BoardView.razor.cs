using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Components.Shared;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace Kooperationsraum.Web.Components.Pages.Board;

/// <summary>
/// The board: columns as drop zones, tasks as cards. Dragging and the keyboard's "move to" dialog both end in
/// one grain call; the page's live subscription then shows the result everywhere.
/// </summary>
public sealed partial class BoardView
{
    [Parameter, EditorRequired] public WorkspaceSnapshot Workspace { get; set; } = null!;

    [Parameter] public bool CanEdit { get; set; }

    [Parameter] public bool CanCoordinate { get; set; }

    [Parameter] public bool CanComment { get; set; }

    [Parameter] public IReadOnlyDictionary<string, string> OrganisationNames { get; set; } = new Dictionary<string, string>();

    [Parameter] public EventCallback Changed { get; set; }

    [Inject] private WorkspaceService Workspaces { get; set; } = null!;

    [Inject] private DialogService Dialogs { get; set; } = null!;

    [Inject] private NotificationService Notifications { get; set; } = null!;

    private IReadOnlyList<BoardTask> tasks = [];
    private IReadOnlyDictionary<string, string> memberNames = new Dictionary<string, string>();

    protected override void OnParametersSet()
    {
        tasks = Workspace.Columns.SelectMany(column => column.Tasks).ToList();
        memberNames = Workspace.Members.ToDictionary(m => m.PersonId, m => m.DisplayName);
    }

    private bool CanDrop(RadzenDropZoneItemEventArgs<BoardTask> args)
    {
        if (!CanEdit || args.ToZone?.Value is not string columnId || args.Item is not { } task)
        {
            return false;
        }

        var column = Workspace.Columns.First(c => c.Id == columnId);
        return columnId == task.ColumnId || column.WipLimit is not { } limit || column.Tasks.Count < limit;
    }

    private void OnItemRender(RadzenDropZoneItemRenderEventArgs<BoardTask> args)
    {
        if (args.Item is { } task)
        {
            args.Attributes["data-task-id"] = task.Id;
        }
    }

    private async Task OnDropAsync(RadzenDropZoneItemEventArgs<BoardTask> args)
    {
        if (args.ToZone?.Value is not string columnId || args.Item is not { } task || ReferenceEquals(task, args.ToItem))
        {
            return;
        }

        // Dropped onto a card: take that card's place; dropped onto the zone: go to the end.
        var others = Workspace.Columns.First(c => c.Id == columnId).Tasks.Where(t => t.Id != task.Id).ToList();
        var index = args.ToItem is { } target ? others.FindIndex(t => t.Id == target.Id) : -1;
        await RunAsync(() => Workspaces.MoveTaskAsync(Workspace.Id, task.Id, columnId, index < 0 ? others.Count : index));
    }

    private async Task MoveTaskAsync(BoardTask task)
    {
        await Dialogs.OpenAsync<MoveTaskDialog>(
            L["Board.MoveTitle", task.Title],
            new Dictionary<string, object?> { [nameof(MoveTaskDialog.Workspace)] = Workspace, [nameof(MoveTaskDialog.Task)] = task },
            new DialogOptions { Width = "min(28rem, 95vw)" });
        await Changed.InvokeAsync();
    }

    private async Task OpenTaskAsync(BoardTask task)
    {
        await Dialogs.OpenAsync<TaskDialog>(
            task.Title,
            new Dictionary<string, object?>
            {
                [nameof(TaskDialog.WorkspaceId)] = Workspace.Id,
                [nameof(TaskDialog.TaskId)] = task.Id,
                [nameof(TaskDialog.CanEdit)] = CanEdit,
                [nameof(TaskDialog.CanComment)] = CanComment,
                [nameof(TaskDialog.OrganisationNames)] = OrganisationNames,
            },
            new DialogOptions { Width = "min(52rem, 96vw)", Resizable = true });
        await Changed.InvokeAsync();
    }

    private async Task EditColumnAsync(BoardColumn column)
    {
        await Dialogs.OpenAsync<ColumnDialog>(
            L["Board.EditColumn", column.Name],
            new Dictionary<string, object?> { [nameof(ColumnDialog.Workspace)] = Workspace, [nameof(ColumnDialog.Column)] = column },
            new DialogOptions { Width = "min(28rem, 95vw)" });
        await Changed.InvokeAsync();
    }

    private async Task AddColumnAsync()
    {
        await Dialogs.OpenAsync<ColumnDialog>(
            L["Board.AddColumn"],
            new Dictionary<string, object?> { [nameof(ColumnDialog.Workspace)] = Workspace },
            new DialogOptions { Width = "min(28rem, 95vw)" });
        await Changed.InvokeAsync();
    }

    private async Task RunAsync(Func<Task> action)
    {
        try
        {
            await action();
            await Changed.InvokeAsync();
        }
        catch (WorkspaceRuleException refusal)
        {
            Notifications.Notify(NotificationSeverity.Warning, L["Common.NotPossible"], L.Describe(refusal), TimeSpan.FromSeconds(8));
        }
    }
}
