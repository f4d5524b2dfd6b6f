using Kooperationsraum.Silo.Storage;

namespace Kooperationsraum.Tests.Storage;

/// <summary>An empty database of its own for one test, named as the silo's storage settings name it.</summary>
public sealed record TestDatabase(string Provider, string ConnectionString)
{
    public static TestDatabase Sqlite(string path) => new(StorageProviders.Sqlite, $"Data Source={path}");

    public static TestDatabase PostgreSql(string connectionString) => new(StorageProviders.PostgreSql, connectionString);

    public IAdoNetDialect CreateDialect() => StorageProviders.CreateDialect(Provider, ConnectionString);

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await CreateDialect().OpenConnectionAsync(default);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of every row <paramref name="sql"/> selects.</summary>
    public async Task<IReadOnlyList<object?>> QueryAsync(string sql)
    {
        await using var connection = await CreateDialect().OpenConnectionAsync(default);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<object?>();
        while (await reader.ReadAsync())
        {
            values.Add(await reader.IsDBNullAsync(0) ? null : reader.GetValue(0));
        }

        return values;
    }
}
