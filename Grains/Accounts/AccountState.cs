using Kooperationsraum.Grains.Interfaces.Accounts;

namespace Kooperationsraum.Grains.Accounts;

/// <summary>
/// The persisted account of one person. The record is a flat set of texts, flags and dates, so it is stored in the
/// contract's shape; a member added to it later must come with a default.
/// </summary>
public sealed class AccountState
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    public AccountRecord? Account { get; set; }

    /// <summary>Refuses a record from a newer build, whose shape an older one would lose when writing it back.</summary>
    public void UpgradeSchema()
    {
        if (SchemaVersion > CurrentSchemaVersion)
        {
            throw new InvalidOperationException(
                $"An account was stored with schema version {SchemaVersion}; this build reads up to {CurrentSchemaVersion}.");
        }

        SchemaVersion = CurrentSchemaVersion;
    }
}
