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

    public const string ReadLogHead =
        "SELECT next_sequence FROM grain_log_head WHERE grain_type = @grain_type AND grain_key = @grain_key AND log_name = @log_name;";

    public const string ReadLog =
        """
        SELECT first_sequence, entry_count, payload FROM grain_log
        WHERE grain_type = @grain_type AND grain_key = @grain_key AND log_name = @log_name
            AND first_sequence + entry_count > @from_sequence AND first_sequence < @next_sequence
        ORDER BY first_sequence;
        """;

    public const string InsertLogHead =
        """
        INSERT INTO grain_log_head (grain_type, grain_key, log_name, next_sequence)
        VALUES (@grain_type, @grain_key, @log_name, @next_sequence)
        ON CONFLICT DO NOTHING;
        """;

    public const string UpdateLogHead =
        """
        UPDATE grain_log_head SET next_sequence = @next_sequence
        WHERE grain_type = @grain_type AND grain_key = @grain_key AND log_name = @log_name AND next_sequence = @expected_sequence;
        """;

    public const string InsertLogAppend =
        """
        INSERT INTO grain_log (grain_type, grain_key, log_name, first_sequence, entry_count, payload)
        VALUES (@grain_type, @grain_key, @log_name, @expected_sequence, @entry_count, @payload);
        """;

    public const string TruncateLog =
        """
        DELETE FROM grain_log
        WHERE grain_type = @grain_type AND grain_key = @grain_key AND log_name = @log_name AND first_sequence + entry_count <= @before_sequence;
        """;
}
