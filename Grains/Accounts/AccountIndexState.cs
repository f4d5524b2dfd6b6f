using Kooperationsraum.Grains.Interfaces.Accounts;

namespace Kooperationsraum.Grains.Accounts;

/// <summary>The persisted account index: one entry per account, in the contract's shape.</summary>
public sealed class AccountIndexState
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    public List<AccountIndexEntry> Entries { get; set; } = [];

    public AccountIndexState Clone() => new() { SchemaVersion = SchemaVersion, Entries = [.. Entries] };

    /// <summary>Refuses a record from a newer build, whose shape an older one would lose when writing it back.</summary>
    public void UpgradeSchema()
    {
        if (SchemaVersion > CurrentSchemaVersion)
        {
            throw new InvalidOperationException(
                $"The account index was stored with schema version {SchemaVersion}; this build reads up to {CurrentSchemaVersion}.");
        }

        SchemaVersion = CurrentSchemaVersion;
    }
}
