using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Components.Shared;
using Kooperationsraum.Web.Identity;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace Kooperationsraum.Web.Components.Pages.Documents;

/// <summary>
/// The documents of a workspace: open, export, look through the history, and create, rename and delete as far as the
/// person's role allows. The list itself comes from the workspace snapshot, which the page keeps live.
/// </summary>
public sealed partial class DocumentList
{
    [Parameter, EditorRequired] public WorkspaceSnapshot Workspace { get; set; } = null!;

    [Parameter] public bool CanEdit { get; set; }

    [Parameter] public bool CanCoordinate { get; set; }

    [Parameter] public EventCallback Changed { get; set; }

    [Parameter] public IReadOnlyDictionary<string, string> OrganisationNames { get; set; } = new Dictionary<string, string>();

    [Inject] private WorkspaceService Workspaces { get; set; } = null!;

    [Inject] private IActorAccessor Actors { get; set; } = null!;

    [Inject] private DialogService Dialogs { get; set; } = null!;

    [Inject] private NotificationService Notifications { get; set; } = null!;

    private string EditorPath(WorkspaceDocument document) =>
        $"workspaces/{Uri.EscapeDataString(Workspace.Id)}/documents/{Uri.EscapeDataString(document.Id)}";

    // The workspace checks again; this only decides whether the button is offered. Changing who sees a document is
    // left to the same people as deleting it.
    private bool MayDelete(WorkspaceDocument document) =>
        CanCoordinate || (CanEdit && document.Created.PersonId == Actors.Current.PersonId);

    private string OrganisationName(string id) => OrganisationNames.TryGetValue(id, out var name) ? name : id;

    // A new document belongs to its creator's organisation as the workspace recorded it when they joined.
    private string OwnOrganisationId =>
        Workspace.Members.FirstOrDefault(member => member.PersonId == Actors.Current.PersonId)?.OrganisationId ?? Actors.Current.OrganisationId;

    // The workspace's partners and the organisations of its members, besides the owner, which always sees its document.
    private IReadOnlyList<OrganisationChoice> CandidatesBesides(string ownerOrganisationId) =>
        [.. Workspace.Details.PartnerOrganisationIds
            .Concat(Workspace.Members.Select(member => member.OrganisationId))
            .Where(id => id.Length > 0 && id != ownerOrganisationId)
            .Distinct(StringComparer.Ordinal)
            .Select(id => new OrganisationChoice(id, OrganisationName(id)))
            .OrderBy(choice => choice.Name, StringComparer.CurrentCulture)];

    private string VisibilityDescription(DocumentVisibility visibility) =>
        visibility.Mode switch
        {
            DocumentVisibilityMode.NamedOrganisations => L["Visibility.Describe.NamedOrganisations",
                OrganisationName(visibility.OwnerOrganisationId), string.Join(", ", visibility.OrganisationIds.Select(OrganisationName))],
            DocumentVisibilityMode.OwnOrganisation => L["Visibility.Describe.OwnOrganisation", OrganisationName(visibility.OwnerOrganisationId)],
            _ => L["Visibility.Describe.AllPartners"],
        };

    private async Task CreateAsync()
    {
        await Dialogs.OpenAsync<DocumentTitleDialog>(
            L["Documents.New"],
            new Dictionary<string, object?>
            {
                [nameof(DocumentTitleDialog.WorkspaceId)] = Workspace.Id,
                [nameof(DocumentTitleDialog.Candidates)] = CandidatesBesides(OwnOrganisationId),
                [nameof(DocumentTitleDialog.OwnerName)] = OrganisationName(OwnOrganisationId),
            },
            new DialogOptions { Width = "min(36rem, 95vw)" });
        await Changed.InvokeAsync();
    }

    private async Task ChangeVisibilityAsync(WorkspaceDocument document)
    {
        await Dialogs.OpenAsync<VisibilityDialog>(
            L["Visibility.ChangeOf", document.Title],
            new Dictionary<string, object?>
            {
                [nameof(VisibilityDialog.WorkspaceId)] = Workspace.Id,
                [nameof(VisibilityDialog.Document)] = document,
                [nameof(VisibilityDialog.Candidates)] = CandidatesBesides(document.Visibility.OwnerOrganisationId),
                [nameof(VisibilityDialog.OwnerName)] = OrganisationName(document.Visibility.OwnerOrganisationId),
            },
            new DialogOptions { Width = "min(36rem, 95vw)" });
        await Changed.InvokeAsync();
    }

    private async Task RenameAsync(WorkspaceDocument document)
    {
        await Dialogs.OpenAsync<DocumentTitleDialog>(
            L["Documents.RenameOf", document.Title],
            new Dictionary<string, object?>
            {
                [nameof(DocumentTitleDialog.WorkspaceId)] = Workspace.Id,
                [nameof(DocumentTitleDialog.Document)] = document,
            },
            new DialogOptions { Width = "min(32rem, 95vw)" });
        await Changed.InvokeAsync();
    }

    private async Task ShowHistoryAsync(WorkspaceDocument document)
    {
        await Dialogs.OpenAsync<DocumentHistoryDialog>(
            L["Documents.HistoryOf", document.Title],
            new Dictionary<string, object?>
            {
                [nameof(DocumentHistoryDialog.Document)] = document,
                [nameof(DocumentHistoryDialog.CanRestore)] = CanEdit,
            },
            new DialogOptions { Width = "min(72rem, 96vw)" });
    }

    private async Task DeleteAsync(WorkspaceDocument document)
    {
        var confirmed = await Dialogs.Confirm(
            L["Documents.DeleteConfirm", document.Title],
            L["Documents.DeleteTitle"],
            new ConfirmOptions { OkButtonText = L["Documents.Delete"], CancelButtonText = L["Common.Cancel"] });
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await Workspaces.DeleteDocumentAsync(Workspace.Id, document.Id);
        }
        catch (WorkspaceRuleException refusal)
        {
            Notifications.Notify(NotificationSeverity.Warning, L["Common.NotPossible"], L.Describe(refusal), TimeSpan.FromSeconds(8));
        }

        await Changed.InvokeAsync();
    }
}
