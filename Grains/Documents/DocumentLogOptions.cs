namespace Kooperationsraum.Grains.Documents;

/// <summary>How much history a <see cref="DocumentLog"/> keeps for operations from editors that are behind.</summary>
public sealed record DocumentLogOptions
{
    /// <summary>
    /// Operations kept for transforming late operations and for gap fetches, at least. An editor whose base
    /// version is older than that is told to reload. Operations newer than the snapshot are always kept.
    /// </summary>
    public int RetainedOperations { get; init; } = 10_000;
}
