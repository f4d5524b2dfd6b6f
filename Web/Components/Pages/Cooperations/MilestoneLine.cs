using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Web.Components.Pages.Cooperations;

/// <summary>One editable line of the milestone dialog.</summary>
public sealed class MilestoneLine
{
    public string Title { get; set; } = string.Empty;

    public DateTime? Date { get; set; }

    public bool Done { get; set; }

    public static MilestoneLine From(Milestone milestone) =>
        new() { Title = milestone.Title, Date = milestone.Date.ToDateTime(TimeOnly.MinValue), Done = milestone.Done };

    /// <summary>The milestone this line describes; a line without a date cannot be one and yields null.</summary>
    public Milestone? ToMilestone() => Date is { } date ? new Milestone(Title.Trim(), DateOnly.FromDateTime(date), Done) : null;
}
