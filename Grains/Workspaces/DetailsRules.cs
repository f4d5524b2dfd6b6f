using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>Validates the details of a workspace and turns them into their stored, trimmed form.</summary>
public static class DetailsRules
{
    /// <summary>The longest id a workspace accepts for itself or for a partner it names.</summary>
    public const int IdMaxLength = 100;

    /// <summary>
    /// Refuses a blank or too long title (<see cref="WorkspaceError.TitleRequired"/>, <see cref="WorkspaceError.TitleTooLong"/>),
    /// too long goals (<see cref="WorkspaceError.GoalsTooLong"/>), and with <see cref="WorkspaceError.InvalidDetails"/> a project
    /// without its cooperation, an end before the start, an unknown kind, category or status, an overlong id, or more than
    /// <see cref="WorkspaceLimits.MaxMilestones"/> milestones or one without a title.
    /// </summary>
    public static DetailsState Validate(WorkspaceDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireDefined(details.Kind, nameof(details.Kind));
        RequireDefinedOrNull(details.Category, nameof(details.Category));
        RequireDefinedOrNull(details.Status, nameof(details.Status));
        if (details.StartsOn is { } start && details.EndsOn is { } end && end < start)
        {
            throw Invalid(nameof(details.EndsOn), "The end lies before the start.");
        }

        return new DetailsState
        {
            Kind = details.Kind,
            Title = TextRules.Required(details.Title, WorkspaceLimits.TitleMaxLength, WorkspaceError.TitleRequired, WorkspaceError.TitleTooLong),
            Goals = TextRules.Bounded(details.Goals, WorkspaceLimits.GoalsMaxLength, WorkspaceError.GoalsTooLong),
            PartnerOrganisationIds = Partners(details.PartnerOrganisationIds),
            SignedOn = details.SignedOn,
            StartsOn = details.StartsOn,
            EndsOn = details.EndsOn,
            CooperationId = Cooperation(details),
            LeadOrganisationId = OptionalId(details.LeadOrganisationId, nameof(details.LeadOrganisationId)),
            Category = details.Category,
            Status = details.Status,
            Milestones = Milestones(details.Milestones),
        };
    }

    /// <summary>Refuses a blank or overlong id with <see cref="WorkspaceError.InvalidDetails"/>.</summary>
    public static string RequiredId(string? id, string field) =>
        OptionalId(id, field) ?? throw Invalid(field, "An id is required.");

    /// <summary>Trims an id; null when blank; refuses an overlong one with <see cref="WorkspaceError.InvalidDetails"/>.</summary>
    public static string? OptionalId(string? id, string field)
    {
        var trimmed = id?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= IdMaxLength ? trimmed : throw Invalid(field, $"An id has at most {IdMaxLength} characters.");
    }

    private static string? Cooperation(WorkspaceDetails details)
    {
        var cooperationId = OptionalId(details.CooperationId, nameof(details.CooperationId));
        if (details.Kind == WorkspaceKind.Project && cooperationId is null)
        {
            throw Invalid(nameof(details.CooperationId), "A project belongs to a cooperation and must name it.");
        }

        return cooperationId;
    }

    // Each needs a title; they are kept in date order, so every page lists them alike.
    private static Milestone[] Milestones(IReadOnlyList<Milestone>? milestones)
    {
        var given = milestones ?? [];
        if (given.Count > WorkspaceLimits.MaxMilestones)
        {
            throw Invalid(nameof(WorkspaceDetails.Milestones), $"A project has at most {WorkspaceLimits.MaxMilestones} milestones.");
        }

        return
        [
            .. given.Select(milestone =>
            {
                var title = milestone?.Title?.Trim() ?? string.Empty;
                if (title.Length is 0 or > WorkspaceLimits.TitleMaxLength)
                {
                    throw Invalid(nameof(WorkspaceDetails.Milestones), $"A milestone needs a title of 1 to {WorkspaceLimits.TitleMaxLength} characters.");
                }

                return milestone! with { Title = title };
            }).OrderBy(milestone => milestone.Date).ThenBy(milestone => milestone.Title, StringComparer.Ordinal),
        ];
    }

    private static string[] Partners(IReadOnlyList<string>? partnerIds) =>
        [.. (partnerIds ?? []).Select(id => OptionalId(id, nameof(WorkspaceDetails.PartnerOrganisationIds))).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static void RequireDefined<TEnum>(TEnum value, string field) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw Invalid(field, $"{value} is not a known {typeof(TEnum).Name}.");
        }
    }

    private static void RequireDefinedOrNull<TEnum>(TEnum? value, string field) where TEnum : struct, Enum
    {
        if (value is { } defined)
        {
            RequireDefined(defined, field);
        }
    }

    private static WorkspaceRuleException Invalid(string field, string message) =>
        Refusal.Because(WorkspaceError.InvalidDetails, message, field);
}
