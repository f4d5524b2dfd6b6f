namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>The limits every workspace enforces; the UI uses the same numbers for its input fields.</summary>
public static class WorkspaceLimits
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 20_000;
    public const int CommentMaxLength = 5_000;
    public const int GoalsMaxLength = 20_000;
    public const int ColumnNameMaxLength = 60;
    public const int MaxColumns = 20;
    public const int MaxWipLimit = 999;
    public const int LabelMaxLength = 40;
    public const int MaxLabels = 20;
    public const int ChecklistItemMaxLength = 500;
    public const int MaxChecklistItems = 100;
    public const int MaxAssignees = 50;
    public const int MaxTasks = 5_000;
    public const int MaxMembers = 1_000;
    public const int MaxDocuments = 1_000;
    public const int MaxMilestones = 100;
    public const int MaxVisibilityOrganisations = 50;
    public const int MaxAuditPage = 500;

    /// <summary>How many events a workspace keeps as its activity.</summary>
    public const int ActivityRetention = 500;
}
