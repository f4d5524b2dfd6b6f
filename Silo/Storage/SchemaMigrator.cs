using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Kooperationsraum.Silo.Storage;

/// <summary>
/// Applies a dialect's embedded migration scripts in version order, each at most once and in its own transaction,
/// and records them in <c>schema_version</c>.
/// </summary>
internal sealed class SchemaMigrator(IAdoNetDialect dialect, TimeProvider timeProvider, ILogger logger)
{
    /// <summary>The dialect's migrations, ordered by version.</summary>
    public IReadOnlyList<SchemaMigration> Migrations { get; } = LoadMigrations(dialect.MigrationResourcePrefix);

    /// <summary>Applies every migration up to and including <paramref name="targetVersion"/> that is not applied yet.</summary>
    public async Task MigrateAsync(int targetVersion, CancellationToken cancellationToken)
    {
        await dialect.PrepareDatabaseAsync(cancellationToken);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using (var transaction = await BeginLockedTransactionAsync(connection, cancellationToken))
        {
            await ExecuteAsync(connection, transaction, dialect.CreateSchemaVersionTableSql, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var migration in Migrations.Where(m => m.Version <= targetVersion))
        {
            // Checked under the lock: two hosts starting on one database must not both apply a script.
            await using var transaction = await BeginLockedTransactionAsync(connection, cancellationToken);
            await using var count = Command(connection, transaction, dialect.CountSchemaVersionSql);
            AddParameter(count, "@version", migration.Version);
            if (Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = Command(connection, transaction, dialect.InsertSchemaVersionSql);
            AddParameter(record, "@version", migration.Version);
            AddParameter(record, "@name", migration.Name);
            AddParameter(record, "@applied_utc", timeProvider.GetUtcNow().UtcDateTime);
            await record.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied schema migration {Version} {Name}.", migration.Version, migration.Name);
        }
    }

    private async Task<DbTransaction> BeginLockedTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (dialect.MigrationLockSql is { } lockSql)
        {
            try
            {
                await ExecuteAsync(connection, transaction, lockSql, cancellationToken);
            }
            catch
            {
                await transaction.DisposeAsync();
                throw;
            }
        }

        return transaction;
    }

    private static IReadOnlyList<SchemaMigration> LoadMigrations(string resourcePrefix)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(resourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var fileName = name[resourcePrefix.Length..];
                var version = int.Parse(fileName[..fileName.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return new SchemaMigration(version, Path.GetFileNameWithoutExtension(fileName), reader.ReadToEnd());
            })
            .OrderBy(m => m.Version)
            .ToList();

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? migrations
            : throw new InvalidOperationException($"Two migration scripts have version {duplicate.Key}.");
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
