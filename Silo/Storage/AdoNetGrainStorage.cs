using System.Data.Common;
using System.Globalization;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Microsoft.Extensions.Logging;

namespace Kooperationsraum.Silo.Storage;

/// <summary>
/// Grain storage over ADO.NET. The ETag is the row's version counter; every write is one conditional statement,
/// so a stale write changes no row and fails instead of overwriting.
/// </summary>
public sealed class AdoNetGrainStorage(IAdoNetDialect dialect, TimeProvider timeProvider, ILogger<AdoNetGrainStorage> logger) : IGrainStorage
{
    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) =>
        new SchemaMigrator(dialect, timeProvider, logger).MigrateAsync(int.MaxValue, cancellationToken);

    /// <inheritdoc />
    public async Task<StoredGrainState?> ReadAsync(GrainStateId id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, dialect.ReadStateSql, id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var payload = await reader.IsDBNullAsync(0, cancellationToken) ? null : reader.GetString(0);
        return new StoredGrainState(payload, reader.GetInt64(1).ToString(CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public Task<string> WriteAsync(GrainStateId id, string payload, string? expectedEtag, CancellationToken cancellationToken) =>
        WriteOrClearAsync(id, payload, expectedEtag, cancellationToken);

    /// <inheritdoc />
    public Task<string> ClearAsync(GrainStateId id, string? expectedEtag, CancellationToken cancellationToken) =>
        WriteOrClearAsync(id, null, expectedEtag, cancellationToken);

    private async Task<string> WriteOrClearAsync(GrainStateId id, string? payload, string? expectedEtag, CancellationToken cancellationToken)
    {
        long? expectedVersion = null;
        if (expectedEtag is not null)
        {
            expectedVersion = long.TryParse(expectedEtag, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
                ? version
                : throw Conflict(id, expectedEtag);
        }

        using var turn = await dialect.TakeWriterTurnAsync(cancellationToken);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, expectedVersion is null ? dialect.InsertStateSql : dialect.UpdateStateSql, id);
        AddParameter(command, "@payload", payload);
        AddParameter(command, "@modified_utc", timeProvider.GetUtcNow().UtcDateTime);
        if (expectedVersion is not null)
        {
            AddParameter(command, "@version", expectedVersion.Value);
        }

        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw Conflict(id, expectedEtag);
        }

        return ((expectedVersion ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static InconsistentStateException Conflict(GrainStateId id, string? expectedEtag) =>
        new($"The state {id} is no longer at ETag '{expectedEtag ?? "none"}': someone else wrote it. Nothing was written.");

    private static DbCommand Command(DbConnection connection, string sql, GrainStateId id)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameter(command, "@grain_type", id.GrainType);
        AddParameter(command, "@grain_key", id.GrainKey);
        AddParameter(command, "@state_name", id.StateName);
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
