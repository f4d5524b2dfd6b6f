using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// The persisted list of workspaces. It stores the contract's summaries as they are: the list is an index that
/// every workspace re-reports on activation, so it heals itself should a summary's shape ever change.
/// </summary>
public sealed class RegistryState
{
    /// <summary>Version 2 added <see cref="Members"/>.</summary>
    public const int CurrentSchemaVersion = 2;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    public List<WorkspaceSummary> Workspaces { get; set; } = [];

    /// <summary>
    /// The person ids of each workspace's members by workspace id, as the workspace last reported them. A list stored
    /// before version 2 loads with none: its workspaces stay candidates for everyone until each has reported.
    /// </summary>
    public Dictionary<string, List<string>> Members { get; set; } = [];

    public RegistryState Clone() => new()
    {
        SchemaVersion = SchemaVersion,
        Workspaces = [.. Workspaces],
        Members = Members.ToDictionary(entry => entry.Key, entry => entry.Value),
    };

    /// <summary>Refuses a record from a newer build, whose shape an older one would lose when writing it back.</summary>
    public void UpgradeSchema()
    {
        if (SchemaVersion > CurrentSchemaVersion)
        {
            throw new InvalidOperationException(
                $"The workspace registry was stored with schema version {SchemaVersion}; this build reads up to {CurrentSchemaVersion}.");
        }

        SchemaVersion = CurrentSchemaVersion;
    }
}
