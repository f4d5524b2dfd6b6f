using System.Data.Common;
using System.Globalization;
using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Silo.Storage;

/// <summary>
/// Grain logs over ADO.NET, in the tables of migration 0003. An append is one transaction that moves the head from
/// the expected sequence on (a conditional statement, so a second writer changes no row and fails) and inserts one
/// row; on SQLite that is one synced commit of the write-ahead log. The schema comes from
/// <see cref="AdoNetGrainStorage.InitializeAsync"/>, which migrates it for both.
/// </summary>
public sealed class AdoNetGrainLogStorage(IAdoNetDialect dialect) : IGrainLogStorage
{
    /// <inheritdoc />
    public async Task<StoredGrainLog> ReadAsync(GrainStateId id, long fromSequence, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);

        // The head first: appends only add beyond it, so the rows read below it are complete whatever happens meanwhile.
        long next;
        await using (var head = Command(connection, null, dialect.ReadLogHeadSql, id))
        {
            next = await head.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull
                ? Convert.ToInt64(value, CultureInfo.InvariantCulture)
                : 0;
        }

        var appends = new List<StoredLogAppend>();
        await using var command = Command(connection, null, dialect.ReadLogSql, id);
        AddParameter(command, "@from_sequence", fromSequence);
        AddParameter(command, "@next_sequence", next);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            appends.Add(new StoredLogAppend(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2)));
        }

        return new StoredGrainLog(next, appends);
    }

    /// <inheritdoc />
    public async Task AppendAsync(GrainStateId id, long expectedNextSequence, int count, string payload, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        using var turn = await dialect.TakeWriterTurnAsync(cancellationToken);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var head = Command(connection, transaction, expectedNextSequence == 0 ? dialect.InsertLogHeadSql : dialect.UpdateLogHeadSql, id))
        {
            AddParameter(head, "@next_sequence", expectedNextSequence + count);
            if (expectedNextSequence != 0)
            {
                AddParameter(head, "@expected_sequence", expectedNextSequence);
            }

            if (await head.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw Conflict(id, expectedNextSequence);
            }
        }

        await using (var insert = Command(connection, transaction, dialect.InsertLogAppendSql, id))
        {
            AddParameter(insert, "@expected_sequence", expectedNextSequence);
            AddParameter(insert, "@entry_count", count);
            AddParameter(insert, "@payload", payload);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task TruncateAsync(GrainStateId id, long expectedNextSequence, long beforeSequence, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(beforeSequence, expectedNextSequence);
        if (beforeSequence <= 0)
        {
            return;
        }

        using var turn = await dialect.TakeWriterTurnAsync(cancellationToken);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var head = Command(connection, transaction, dialect.UpdateLogHeadSql, id))
        {
            // Sets the head to what it is: the check, and the row lock that keeps an append out until the delete commits.
            AddParameter(head, "@next_sequence", expectedNextSequence);
            AddParameter(head, "@expected_sequence", expectedNextSequence);
            if (await head.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw Conflict(id, expectedNextSequence);
            }
        }

        await using (var delete = Command(connection, transaction, dialect.TruncateLogSql, id))
        {
            AddParameter(delete, "@before_sequence", beforeSequence);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static InconsistentStateException Conflict(GrainStateId id, long expectedNextSequence) =>
        new($"The log {id} is no longer at sequence {expectedNextSequence}: someone else wrote it. Nothing was written.");

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, GrainStateId id)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        AddParameter(command, "@grain_type", id.GrainType);
        AddParameter(command, "@grain_key", id.GrainKey);
        AddParameter(command, "@log_name", id.StateName);
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
