namespace Kooperationsraum.Silo.Storage;

/// <summary>
/// The statements SQLite and PostgreSQL understand alike, written once; a dialect names only what differs.
/// </summary>
internal static class PortableSql
{
    public const string CountSchemaVersion = "SELECT COUNT(*) FROM schema_version WHERE version = @version;";

    public const string InsertSchemaVersion = "INSERT INTO schema_version (version, name, applied_utc) VALUES (@version, @name, @applied_utc);";

    public const string ReadState = "SELECT payload, version FROM grain_state WHERE grain_type = @grain_type AND grain_key = @grain_key AND state_name = @state_name;";

    public const string InsertState =
        """
        INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version, modified_utc)
        VALUES (@grain_type, @grain_key, @state_name, @payload, 1, @modified_utc)
        ON CONFLICT DO NOTHING;
        """;

    public const string UpdateState =
        """
        UPDATE grain_state SET payload = @payload, version = version + 1, modified_utc = @modified_utc
        WHERE grain_type = @grain_type AND grain_key = @grain_key AND state_name = @state_name AND version = @version;
        """;
}
