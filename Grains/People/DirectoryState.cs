using Kooperationsraum.Grains.Interfaces.People;

namespace Kooperationsraum.Grains.People;

/// <summary>
/// The persisted directory. Organisations and people are flat records of a few texts, so they are stored in the
/// contract's shape; a member added to them later must come with a default.
/// </summary>
public sealed class DirectoryState
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    public List<Organisation> Organisations { get; set; } = [];

    public List<Person> People { get; set; } = [];

    public DirectoryState Clone() =>
        new() { SchemaVersion = SchemaVersion, Organisations = [.. Organisations], People = [.. People] };

    /// <summary>Refuses a record from a newer build, whose shape an older one would lose when writing it back.</summary>
    public void UpgradeSchema()
    {
        if (SchemaVersion > CurrentSchemaVersion)
        {
            throw new InvalidOperationException(
                $"The directory was stored with schema version {SchemaVersion}; this build reads up to {CurrentSchemaVersion}.");
        }

        SchemaVersion = CurrentSchemaVersion;
    }
}
