using System.Data.Common;

namespace Kooperationsraum.Silo.Storage;

/// <summary>
/// What differs between databases behind <see cref="AdoNetGrainStorage"/>: how connections are opened and
/// prepared, the SQL texts and the folder of migration scripts. Parameters are named <c>@grain_type</c>,
/// <c>@grain_key</c>, <c>@state_name</c>, <c>@payload</c>, <c>@modified_utc</c>, <c>@version</c>, <c>@name</c>
/// and <c>@applied_utc</c>. The SQL that every supported database understands alike is given here once, from
/// <see cref="PortableSql"/>; a dialect overrides only what differs.
/// </summary>
public interface IAdoNetDialect
{
    /// <summary>The manifest resource name prefix of this dialect's embedded migration scripts (<c>NNNN_name.sql</c>).</summary>
    string MigrationResourcePrefix { get; }

    /// <summary>Prepares the database before migrations run, outside any transaction.</summary>
    Task PrepareDatabaseAsync(CancellationToken cancellationToken);

    /// <summary>Opens a connection with the settings every connection needs.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits for this process's turn to write, taken before the connection of a write is opened and held until it
    /// commits. Where the database takes one writer at a time, writers queue here without blocking a thread.
    /// </summary>
    Task<WriterTurn> TakeWriterTurnAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Run first in every migration transaction, so that hosts starting on one database at the same time apply the
    /// migrations one after the other; null where beginning the transaction already takes such a lock.
    /// </summary>
    string? MigrationLockSql { get; }

    /// <summary>Creates the table that records applied migrations, if it does not exist.</summary>
    string CreateSchemaVersionTableSql { get; }

    /// <summary>Counts the rows of <c>schema_version</c> with <c>@version</c>.</summary>
    string CountSchemaVersionSql => PortableSql.CountSchemaVersion;

    /// <summary>Records migration <c>@version</c> named <c>@name</c> as applied at <c>@applied_utc</c>.</summary>
    string InsertSchemaVersionSql => PortableSql.InsertSchemaVersion;

    /// <summary>Selects <c>payload</c> and <c>version</c> of one state.</summary>
    string ReadStateSql => PortableSql.ReadState;

    /// <summary>Inserts a state with version 1, and inserts nothing when a record exists.</summary>
    string InsertStateSql => PortableSql.InsertState;

    /// <summary>Updates a state and increments its version, only where the version is <c>@version</c>.</summary>
    string UpdateStateSql => PortableSql.UpdateState;

    /// <summary>Selects <c>next_sequence</c> of one log's head.</summary>
    string ReadLogHeadSql => PortableSql.ReadLogHead;

    /// <summary>
    /// Selects <c>first_sequence</c>, <c>entry_count</c> and <c>payload</c> of the appends of one log that hold an entry
    /// at or after <c>@from_sequence</c> and begin below <c>@next_sequence</c>, oldest first.
    /// </summary>
    string ReadLogSql => PortableSql.ReadLog;

    /// <summary>Inserts a log's head at <c>@next_sequence</c>, and inserts nothing when one exists.</summary>
    string InsertLogHeadSql => PortableSql.InsertLogHead;

    /// <summary>Sets a log's head to <c>@next_sequence</c>, only where it is <c>@expected_sequence</c>.</summary>
    string UpdateLogHeadSql => PortableSql.UpdateLogHead;

    /// <summary>Inserts one append of <c>@entry_count</c> entries beginning at <c>@expected_sequence</c>.</summary>
    string InsertLogAppendSql => PortableSql.InsertLogAppend;

    /// <summary>Deletes the appends of one log whose entries all lie below <c>@before_sequence</c>.</summary>
    string TruncateLogSql => PortableSql.TruncateLog;
}
