namespace Kooperationsraum.Grains.Dashboards;

/// <summary>
/// The persisted state of one cooperation's dashboard, serialised with System.Text.Json. <see cref="SchemaVersion"/>
/// names the shape a record was written in; a record from a newer build is refused rather than written back poorer.
/// </summary>
public sealed class DashboardState
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    /// <summary>One entry per workspace that reported, the cooperation itself included, by workspace id.</summary>
    public Dictionary<string, DashboardEntryState> Entries { get; set; } = new(StringComparer.Ordinal);

    public void UpgradeSchema()
    {
        if (SchemaVersion > CurrentSchemaVersion)
        {
            throw new InvalidOperationException(
                $"A dashboard was stored with schema version {SchemaVersion}; this build reads up to {CurrentSchemaVersion}.");
        }

        SchemaVersion = CurrentSchemaVersion;
        Entries = new Dictionary<string, DashboardEntryState>(Entries, StringComparer.Ordinal);
    }
}
