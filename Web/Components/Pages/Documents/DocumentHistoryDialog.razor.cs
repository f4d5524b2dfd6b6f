using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace Kooperationsraum.Web.Components.Pages.Documents;

/// <summary>
/// A document's revisions, newest first: who changed it, when, with how many operations. Any retained version can be
/// read (rendered as Markdown) and, for those who may edit, made current again as a new edit after a confirmation.
/// </summary>
public sealed partial class DocumentHistoryDialog
{
    /// <summary>How many revisions the dialog lists.</summary>
    public const int Shown = 100;

    [Parameter, EditorRequired] public WorkspaceDocument Document { get; set; } = null!;

    [Parameter] public bool CanRestore { get; set; }

    [Inject] private DocumentService Documents { get; set; } = null!;

    [Inject] private DialogService Dialogs { get; set; } = null!;

    [Inject] private NotificationService Notifications { get; set; } = null!;

    private IReadOnlyList<DocumentRevision>? revisions;
    private DocumentSnapshot? viewed;
    private int currentVersion;
    private string? error;
    private bool restoring;

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        if (revisions is { Count: > 0 })
        {
            await ViewAsync(revisions[0].Version);
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            revisions = await Documents.GetHistoryAsync(Document.Id, Shown);
            currentVersion = revisions.Count > 0 ? revisions[0].Version : 0;
        }
        catch (DocumentRuleException refusal)
        {
            revisions = [];
            error = Describe(refusal);
        }
    }

    private async Task ViewAsync(int version)
    {
        try
        {
            viewed = await Documents.GetVersionAsync(Document.Id, version);
            error = null;
        }
        catch (DocumentRuleException refusal)
        {
            viewed = null;
            error = Describe(refusal);
        }
    }

    private async Task RestoreAsync()
    {
        var version = viewed!.Version;
        var confirmed = await Dialogs.Confirm(
            L["Documents.History.RestoreConfirm", version],
            L["Documents.History.RestoreTitle"],
            new ConfirmOptions { OkButtonText = L["Documents.History.RestoreTitle"], CancelButtonText = L["Common.Cancel"] });
        if (confirmed != true)
        {
            return;
        }

        restoring = true;
        try
        {
            var result = await Documents.RestoreAsync(Document.Id, version);
            Notifications.Notify(NotificationSeverity.Success, L["Documents.History.Restored", version], string.Empty, TimeSpan.FromSeconds(5));
            await LoadAsync();
            await ViewAsync(result.Version);
        }
        catch (DocumentRuleException refusal)
        {
            error = Describe(refusal);
        }
        finally
        {
            restoring = false;
        }
    }

    private string Describe(DocumentRuleException refusal) => refusal.Error switch
    {
        DocumentError.VersionTooOld or DocumentError.UnknownVersion => L["Documents.History.Unavailable"],
        DocumentError.DocumentDeleted or DocumentError.DocumentNotFound => L["Documents.Gone"],
        _ => refusal.Message,
    };
}
