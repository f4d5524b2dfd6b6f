using System.Data.Common;
using Npgsql;

namespace Kooperationsraum.Silo.Storage;

/// <summary>
/// PostgreSQL through Npgsql. The database must exist: creating one takes rights the product should not hold.
/// Every connection asks for <c>synchronous_commit=on</c>, so that an acknowledged write survives a crash even on a
/// server whose default is <c>off</c>; an <c>Options</c> setting in the connection string still wins.
/// </summary>
public sealed class PostgreSqlDialect : IAdoNetDialect
{
    // Any fixed number works: advisory locks belong to one database, and nothing else here takes one.
    private const long MigrationLockKey = 0x4B6F6F7052616D; // "KoopRam"

    private readonly string connectionString;

    /// <summary>Creates the dialect for <paramref name="connectionString"/>, an Npgsql connection string.</summary>
    public PostgreSqlDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        // Later -c options win, so the operator's own choice in the connection string stays in effect.
        builder.Options = $"-c synchronous_commit=on {builder.Options}".TrimEnd();
        this.connectionString = builder.ConnectionString;
    }

    /// <inheritdoc />
    public string MigrationResourcePrefix => "Kooperationsraum.Silo.Storage.Migrations.PostgreSql.";

    /// <inheritdoc />
    public Task PrepareDatabaseAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    /// <remarks>PostgreSQL locks rows, not the database, so writers need no turn.</remarks>
    public Task<WriterTurn> TakeWriterTurnAsync(CancellationToken cancellationToken) => Task.FromResult(WriterTurn.Unrestricted);

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>Held until the transaction ends; a second host waits here instead of failing on a half-made table.</remarks>
    public string? MigrationLockSql => $"SELECT pg_advisory_xact_lock({MigrationLockKey});";

    /// <inheritdoc />
    public string CreateSchemaVersionTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_utc timestamptz NOT NULL);";
}
