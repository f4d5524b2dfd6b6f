namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>
/// One entry of a document's history: <see cref="Operations"/> consecutive operations of one author, which produced
/// the versions <see cref="FirstVersion"/> to <see cref="Version"/>, from <see cref="StartedAt"/> to <see cref="At"/>.
/// </summary>
public sealed record DocumentRevision(
    int FirstVersion, int Version, string PersonId, string DisplayName, DateTimeOffset StartedAt, DateTimeOffset At, int Operations);
