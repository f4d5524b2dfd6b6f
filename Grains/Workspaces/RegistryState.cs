using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// The persisted list of workspaces. It stores the contract's summaries as they are: the list is an index that
/// every workspace re-reports on activation, so it heals itself should a summary's shape ever change.
/// </summary>
public sealed class RegistryState
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    public List<WorkspaceSummary> Workspaces { get; set; } = [];

    public RegistryState Clone() => new() { SchemaVersion = SchemaVersion, Workspaces = [.. Workspaces] };

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
