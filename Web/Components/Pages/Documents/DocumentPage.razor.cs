using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Hubs;
using Kooperationsraum.Web.Identity;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Kooperationsraum.Web.Components.Pages.Documents;

/// <summary>
/// One document: the CodeMirror editor, which talks to the document hub itself (see Web/ClientApp), and beside it
/// the rendered Markdown. The rendered view follows the document grain and reloads the durable text at most once
/// per <see cref="PreviewInterval"/>, so a fast typist costs a few renders a second, not one per keystroke.
/// </summary>
public sealed partial class DocumentPage : IAsyncDisposable
{
    public static readonly TimeSpan PreviewInterval = TimeSpan.FromMilliseconds(400);

    [Parameter] public string WorkspaceId { get; set; } = string.Empty;

    [Parameter] public string DocumentId { get; set; } = string.Empty;

    [Inject] private DocumentService Documents { get; set; } = null!;

    [Inject] private WorkspaceService Workspaces { get; set; } = null!;

    [Inject] private IActorAccessor Actors { get; set; } = null!;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private ILogger<DocumentPage> Logger { get; set; } = null!;

    private DocumentInfo? info;
    private WorkspaceSnapshot? workspace;
    private string previewText = string.Empty;
    private bool loaded;
    private string? mountedFor;
    private ElementReference editorHost;
    private ElementReference statusHost;
    private ElementReference noticeHost;
    private ElementReference presenceHost;
    private IJSObjectReference? module;
    private IJSObjectReference? editor;
    private DocumentSubscription? subscription;
    private int previewScheduled;
    private bool revoked;

    private bool CanEdit
    {
        get
        {
            var actor = Actors.Current;
            var role = workspace?.Members.FirstOrDefault(m => m.PersonId == actor.PersonId)?.Role;
            return actor.IsAdministrator || role is WorkspaceRole.Member or WorkspaceRole.Coordination;
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        if (mountedFor == DocumentId && loaded)
        {
            return;
        }

        await UnmountAsync();
        loaded = false;
        revoked = false;
        (info, workspace, previewText) = await LoadAsync();
        loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Only the interactive render mounts the editor; the prerender has no browser to mount it in.
        if (info is null || workspace is null || mountedFor == DocumentId)
        {
            return;
        }

        mountedFor = DocumentId;
        subscription = await Documents.SubscribeAsync(DocumentId, SchedulePreviewAsync, OnAccessRevokedAsync);
        module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/editor.js");
        editor = await module.InvokeAsync<IJSObjectReference>("mount", editorHost, statusHost, noticeHost, presenceHost, new
        {
            documentId = DocumentId,
            hubPath = Navigation.ToAbsoluteUri(DocumentHub.Path.TrimStart('/')).ToString(),
            readOnly = !CanEdit,
            strings = new
            {
                saved = L["Editor.Saved"].Value,
                saving = L["Editor.Saving"].Value,
                offline = L["Editor.Offline"].Value,
                offlineNotice = L["Editor.OfflineNotice"].Value,
                failed = L["Editor.Failed"].Value,
                alone = L["Editor.Alone"].Value,
                editorLabel = L["Editor.EditorLabel"].Value,
            },
        });

        // Something may have been written between loading the preview and subscribing.
        await SchedulePreviewAsync();
    }

    private async Task SchedulePreviewAsync()
    {
        if (Interlocked.Exchange(ref previewScheduled, 1) == 1)
        {
            return;
        }

        await Task.Delay(PreviewInterval);
        Volatile.Write(ref previewScheduled, 0);
        var snapshot = await Documents.GetSnapshotAsync(DocumentId);
        await InvokeAsync(() =>
        {
            previewText = snapshot.Text;
            StateHasChanged();
        });
    }

    // The person was removed from the workspace or the document was hidden from them: the editor and the text go, a
    // notice takes their place, and nothing of the document reaches this page any more.
    private Task OnAccessRevokedAsync() =>
        InvokeAsync(async () =>
        {
            await UnmountAsync();
            revoked = true;
            info = null;
            previewText = string.Empty;
            StateHasChanged();
        });

    private async Task<(DocumentInfo?, WorkspaceSnapshot?, string)> LoadAsync()
    {
        try
        {
            var document = await Documents.GetInfoAsync(DocumentId);
            if (document is null || document.WorkspaceId != WorkspaceId)
            {
                return (null, null, string.Empty);
            }

            var snapshot = await Workspaces.GetAsync(WorkspaceId);
            var text = (await Documents.GetSnapshotAsync(DocumentId)).Text;
            return (document, snapshot, text);
        }
        catch (Exception refusal) when (refusal is DocumentRuleException or WorkspaceRuleException)
        {
            Logger.LogInformation("Document {DocumentId} is not visible: {Reason}", DocumentId, refusal.Message);
            return (null, null, string.Empty);
        }
    }

    private async Task UnmountAsync()
    {
        mountedFor = null;
        if (subscription is not null)
        {
            await subscription.DisposeAsync();
            subscription = null;
        }

        try
        {
            if (editor is not null)
            {
                await editor.InvokeVoidAsync("dispose");
                await editor.DisposeAsync();
            }

            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone; its editor went with it, and the hub forgets the connection on its own.
        }

        editor = null;
        module = null;
    }

    public async ValueTask DisposeAsync()
    {
        await UnmountAsync();
    }
}
