namespace Kooperationsraum.Web.Components.Pages.Board;

/// <summary>One editable checklist line in the task dialog.</summary>
public sealed class ChecklistLine
{
    public string Text { get; set; } = string.Empty;

    public bool Done { get; set; }
}
