using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Web.Components.Pages.Workspaces;

/// <summary>The editable fields of the create and edit dialogs; turned into <see cref="WorkspaceDetails"/> on submit.</summary>
public sealed class WorkspaceForm
{
    public WorkspaceKind Kind { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Goals { get; set; } = string.Empty;

    public IEnumerable<string> PartnerIds { get; set; } = [];

    public DateTime? SignedOn { get; set; }

    public DateTime? StartsOn { get; set; }

    public DateTime? EndsOn { get; set; }

    public string? CooperationId { get; set; }

    public string? LeadOrganisationId { get; set; }

    public ProjectCategory Category { get; set; } = ProjectCategory.Other;

    public ProjectStatus Status { get; set; } = ProjectStatus.Planned;

    /// <summary>Not edited in this form (the milestone dialog does that), but carried through, so that saving keeps them.</summary>
    public IReadOnlyList<Milestone> Milestones { get; set; } = [];

    public static WorkspaceForm From(WorkspaceDetails details) => new()
    {
        Kind = details.Kind,
        Title = details.Title,
        Goals = details.Goals,
        PartnerIds = details.PartnerOrganisationIds,
        SignedOn = ToDateTime(details.SignedOn),
        StartsOn = ToDateTime(details.StartsOn),
        EndsOn = ToDateTime(details.EndsOn),
        CooperationId = details.CooperationId,
        LeadOrganisationId = details.LeadOrganisationId,
        Category = details.Category ?? ProjectCategory.Other,
        Status = details.Status ?? ProjectStatus.Planned,
        Milestones = details.Milestones ?? [],
    };

    public WorkspaceDetails ToDetails()
    {
        var isProject = Kind == WorkspaceKind.Project;
        return new WorkspaceDetails(
            Kind,
            Title.Trim(),
            Goals.Trim(),
            PartnerIds.ToList(),
            SignedOn: isProject ? null : ToDateOnly(SignedOn),
            StartsOn: ToDateOnly(StartsOn),
            EndsOn: ToDateOnly(EndsOn),
            CooperationId: isProject ? CooperationId : null,
            LeadOrganisationId: isProject ? LeadOrganisationId : null,
            Category: isProject ? Category : null,
            Status: isProject ? Status : null,
            Milestones: Milestones);
    }

    private static DateOnly? ToDateOnly(DateTime? value) => value is { } date ? DateOnly.FromDateTime(date) : null;

    private static DateTime? ToDateTime(DateOnly? value) => value?.ToDateTime(TimeOnly.MinValue);
}
