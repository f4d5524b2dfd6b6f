namespace Kooperationsraum.Web.Components.Pages.Dashboards;

/// <summary>
/// A bar of the timeline: a project from start to end, or one of its milestones (a day long, below its project).
/// <see cref="Progress"/> is the share done in percent, as the Gantt expects it.
/// </summary>
public sealed record TimelineItem(string Id, string? ParentId, string Text, DateTime Start, DateTime End, double Progress);
