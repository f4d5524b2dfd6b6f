using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Kooperationsraum.Silo.Storage;

/// <summary>
/// SQLite: WAL, and <c>synchronous=FULL</c> on every connection so that an acknowledged write survives a crash or
/// power loss; a busy timeout lets two writers take turns instead of failing.
/// </summary>
public sealed class SqliteDialect(string connectionString) : IAdoNetDialect
{
    // SQLite lets one writer at a time into the file. Writers of this process queue here instead of meeting the busy
    // timeout, whose handler sleeps on the calling thread, for up to 100 ms at a time, while another holds the lock:
    // under many concurrent document writes that left threads asleep and the writes slow although the disk was idle.
    // The busy timeout still covers writers of another process on the same file.
    private readonly SemaphoreSlim writers = new(1, 1);

    /// <inheritdoc />
    public string MigrationResourcePrefix => "Kooperationsraum.Silo.Storage.Migrations.Sqlite.";

    /// <inheritdoc />
    public async Task PrepareDatabaseAsync(CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource is not ("" or ":memory:")
            && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(builder.DataSource))!);
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // The journal mode is stored in the database file, so once is enough; with WAL readers never block the writer.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<WriterTurn> TakeWriterTurnAsync(CancellationToken cancellationToken) => WriterTurn.TakeAsync(writers, cancellationToken);

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();

            // Both settings belong to the connection, not the file; in WAL mode the default (NORMAL) may lose the
            // last commits on power loss, FULL syncs the log at every commit.
            command.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>Microsoft.Data.Sqlite begins transactions with <c>BEGIN IMMEDIATE</c>, which takes the file's write lock.</remarks>
    public string? MigrationLockSql => null;

    /// <inheritdoc />
    public string CreateSchemaVersionTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_utc TEXT NOT NULL);";
}
