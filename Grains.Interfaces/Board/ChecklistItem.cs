namespace Kooperationsraum.Grains.Interfaces.Board;

/// <summary>One line of a task's checklist.</summary>
public sealed record ChecklistItem(string Text, bool Done);
