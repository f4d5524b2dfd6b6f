using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Audit;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using Kooperationsraum.Web.Identity;

namespace Kooperationsraum.Web.Services;

/// <summary>What pages do with a workspace, always on behalf of the current actor.</summary>
public sealed class WorkspaceService(IGrainFactory grains, IActorAccessor actors, ILogger<WorkspaceSubscription> subscriptionLog)
{
    private IWorkspaceGrain Grain(string workspaceId) => grains.GetGrain<IWorkspaceGrain>(workspaceId);

    public async Task<WorkspaceSnapshot> CreateAsync(WorkspaceDetails details)
    {
        var id = Guid.NewGuid().ToString("N");
        return await Grain(id).CreateAsync(actors.Current, details);
    }

    public Task<WorkspaceSnapshot?> GetAsync(string workspaceId) => Grain(workspaceId).GetAsync(actors.Current);

    public Task UpdateDetailsAsync(string workspaceId, WorkspaceDetails details) =>
        Grain(workspaceId).UpdateDetailsAsync(actors.Current, details);

    public Task<WorkspaceMember> AddMemberAsync(string workspaceId, string personId, string displayName, string organisationId, WorkspaceRole role) =>
        Grain(workspaceId).AddMemberAsync(actors.Current, personId, displayName, organisationId, role);

    public Task ChangeMemberRoleAsync(string workspaceId, string personId, WorkspaceRole role) =>
        Grain(workspaceId).ChangeMemberRoleAsync(actors.Current, personId, role);

    public Task RemoveMemberAsync(string workspaceId, string personId) =>
        Grain(workspaceId).RemoveMemberAsync(actors.Current, personId);

    public Task<BoardColumn> AddColumnAsync(string workspaceId, string name, int? wipLimit) =>
        Grain(workspaceId).AddColumnAsync(actors.Current, name, wipLimit);

    public Task RenameColumnAsync(string workspaceId, string columnId, string name) =>
        Grain(workspaceId).RenameColumnAsync(actors.Current, columnId, name);

    public Task SetColumnWipLimitAsync(string workspaceId, string columnId, int? wipLimit) =>
        Grain(workspaceId).SetColumnWipLimitAsync(actors.Current, columnId, wipLimit);

    public Task MoveColumnAsync(string workspaceId, string columnId, int index) =>
        Grain(workspaceId).MoveColumnAsync(actors.Current, columnId, index);

    public Task RemoveColumnAsync(string workspaceId, string columnId) =>
        Grain(workspaceId).RemoveColumnAsync(actors.Current, columnId);

    public Task<BoardTask> CreateTaskAsync(string workspaceId, string columnId, TaskDraft draft) =>
        Grain(workspaceId).CreateTaskAsync(actors.Current, columnId, draft);

    public Task<BoardTask> UpdateTaskAsync(string workspaceId, string taskId, int expectedRevision, TaskDraft draft) =>
        Grain(workspaceId).UpdateTaskAsync(actors.Current, taskId, expectedRevision, draft);

    public Task MoveTaskAsync(string workspaceId, string taskId, string columnId, int index) =>
        Grain(workspaceId).MoveTaskAsync(actors.Current, taskId, columnId, index);

    public Task DeleteTaskAsync(string workspaceId, string taskId) =>
        Grain(workspaceId).DeleteTaskAsync(actors.Current, taskId);

    public Task<TaskComment> AddCommentAsync(string workspaceId, string taskId, string text) =>
        Grain(workspaceId).AddCommentAsync(actors.Current, taskId, text);

    public Task<WorkspaceDocument> CreateDocumentAsync(
        string workspaceId, string title, DocumentVisibilityMode visibility = DocumentVisibilityMode.AllPartners, IReadOnlyList<string>? organisationIds = null) =>
        Grain(workspaceId).CreateDocumentAsync(actors.Current, title, visibility, organisationIds);

    public Task SetDocumentVisibilityAsync(string workspaceId, string documentId, DocumentVisibilityMode visibility, IReadOnlyList<string> organisationIds) =>
        Grain(workspaceId).SetDocumentVisibilityAsync(actors.Current, documentId, visibility, organisationIds);

    public Task<AuditPage> GetAuditAsync(string workspaceId, int skip, int take) => Grain(workspaceId).GetAuditAsync(actors.Current, skip, take);

    public Task<IReadOnlyList<AuditEntry>> ExportAuditAsync(string workspaceId) => Grain(workspaceId).ExportAuditAsync(actors.Current);

    public Task RecordDocumentExportAsync(string workspaceId, string documentId, string format) =>
        Grain(workspaceId).RecordDocumentExportAsync(actors.Current, documentId, format);

    public Task RenameDocumentAsync(string workspaceId, string documentId, string title) =>
        Grain(workspaceId).RenameDocumentAsync(actors.Current, documentId, title);

    public Task DeleteDocumentAsync(string workspaceId, string documentId) =>
        Grain(workspaceId).DeleteDocumentAsync(actors.Current, documentId);

    public Task<IReadOnlyList<WorkspaceEvent>> GetActivityAsync(string workspaceId, int count) =>
        Grain(workspaceId).GetActivityAsync(actors.Current, count);

    /// <summary>
    /// Follows a workspace until the returned subscription is disposed. <paramref name="onChanged"/> runs for
    /// every event, and with null when events may have been missed, so the caller reloads.
    /// </summary>
    public Task<WorkspaceSubscription> SubscribeAsync(string workspaceId, Func<WorkspaceEvent?, Task> onChanged) =>
        WorkspaceSubscription.StartAsync(grains, Grain(workspaceId), actors.Current, onChanged, subscriptionLog);
}
