using Kooperationsraum.Grains.Interfaces.Board;

namespace Kooperationsraum.Grains.Board;

/// <summary>A checklist line as stored.</summary>
public sealed record ChecklistItemState
{
    public string Text { get; init; } = string.Empty;

    public bool Done { get; init; }

    public ChecklistItem ToContract() => new(Text, Done);
}
