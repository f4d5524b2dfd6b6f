using Kooperationsraum.Grains.Interfaces.People;

namespace Kooperationsraum.Grains.People;

/// <summary>
/// The persisted directory. Organisations and people are flat records of a few texts, so they are stored in the
/// contract's shape; a member added to them later must come with a default.
/// </summary>
public sealed class DirectoryState
{
    /// <summary>2 stores a deleted person's name as the bare <see cref="Pseudonym"/>, without words.</summary>
    public const int CurrentSchemaVersion = 2;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    public List<Organisation> Organisations { get; set; } = [];

    public List<Person> People { get; set; } = [];

    public DirectoryState Clone() =>
        new() { SchemaVersion = SchemaVersion, Organisations = [.. Organisations], People = [.. People] };

    /// <summary>
    /// Brings an older record forward and refuses one from a newer build, whose shape an older one would lose when
    /// writing it back.
    /// </summary>
    public void UpgradeSchema()
    {
        if (SchemaVersion > CurrentSchemaVersion)
        {
            throw new InvalidOperationException(
                $"The directory was stored with schema version {SchemaVersion}; this build reads up to {CurrentSchemaVersion}.");
        }

        // Version 1 stored "Gelöschte Person" before the pseudonym, in German whatever the reader's language.
        People = [.. People.Select(person => person.IsDeleted ? person with { DisplayName = Pseudonym.Of(person.Id) } : person)];
        SchemaVersion = CurrentSchemaVersion;
    }
}
