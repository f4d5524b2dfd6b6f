namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>Who did something, and when.</summary>
public sealed record ChangeStamp(string PersonId, string DisplayName, DateTimeOffset At);
