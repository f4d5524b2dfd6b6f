using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Identity;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Lets clients other than the Blazor pages follow workspaces and change their boards. Every argument is
/// checked here as at a public endpoint, and again by the workspace grain for the acting person.
/// </summary>
[Authorize]
public sealed class WorkspaceHub(WorkspaceService workspaces, WorkspaceHubBridge bridge, IActorAccessor actors)
    : Hub<IWorkspaceHubClient>
{
    public const string Path = "/hubs/workspaces";

    private const int MaxIdLength = 64;

    /// <summary>
    /// Follows the workspace and returns it as it is now; events with a higher version follow, only those the acting
    /// person may see, until they leave or are removed from the workspace (see <see cref="IWorkspaceHubClient.AccessRevokedAsync"/>).
    /// </summary>
    public async Task<WorkspaceSnapshot> JoinWorkspaceAsync(string workspaceId)
    {
        RequireId(workspaceId, nameof(workspaceId));
        var snapshot = await CallAsync(() => workspaces.GetAsync(workspaceId))
            ?? throw new HubException($"Workspace '{workspaceId}' does not exist.");
        await CallAsync(() => bridge.JoinAsync(workspaceId, Context.ConnectionId, actors.Current));
        return snapshot;
    }

    /// <summary>Stops following the workspace; no further events of it arrive.</summary>
    public Task LeaveWorkspaceAsync(string workspaceId)
    {
        RequireId(workspaceId, nameof(workspaceId));
        return bridge.LeaveAsync(workspaceId, Context.ConnectionId);
    }

    /// <summary>The workspace as it is now, for a client that saw a gap in event versions.</summary>
    public async Task<WorkspaceSnapshot> GetWorkspaceAsync(string workspaceId)
    {
        RequireId(workspaceId, nameof(workspaceId));
        return await CallAsync(() => workspaces.GetAsync(workspaceId))
            ?? throw new HubException($"Workspace '{workspaceId}' does not exist.");
    }

    /// <summary>Creates a task at the end of a column.</summary>
    public Task<BoardTask> CreateTaskAsync(string workspaceId, string columnId, TaskDraft draft)
    {
        RequireId(workspaceId, nameof(workspaceId));
        RequireId(columnId, nameof(columnId));
        RequireDraft(draft);
        return CallAsync(() => workspaces.CreateTaskAsync(workspaceId, columnId, draft));
    }

    /// <summary>Moves a task to a position in a column.</summary>
    public Task MoveTaskAsync(string workspaceId, string taskId, string columnId, int index)
    {
        RequireId(workspaceId, nameof(workspaceId));
        RequireId(taskId, nameof(taskId));
        RequireId(columnId, nameof(columnId));
        return CallAsync(() => workspaces.MoveTaskAsync(workspaceId, taskId, columnId, index));
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await bridge.DisconnectAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    private static void RequireId(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxIdLength)
        {
            throw new HubException($"'{name}' must be a non-empty id of at most {MaxIdLength} characters.");
        }
    }

    private static void RequireDraft(TaskDraft? draft)
    {
        if (draft is null || draft.Title is null || draft.Description is null
            || draft.AssigneeIds is null || draft.Labels is null || draft.Checklist is null
            || draft.AssigneeIds.Any(id => id is null) || draft.Labels.Any(label => label is null)
            || draft.Checklist.Any(item => item?.Text is null))
        {
            throw new HubException("The task is incomplete: title, description, assignees, labels and checklist are required.");
        }
    }

    // A refusal is the caller's to read; anything else stays a server error that SignalR does not disclose.
    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (WorkspaceRuleException refused)
        {
            throw new HubException($"{refused.Error}: {refused.Message}");
        }
    }

    private static Task CallAsync(Func<Task> call) => CallAsync(async () =>
    {
        await call();
        return true;
    });
}
