using System.Data.Common;

namespace Kooperationsraum.Tests.Storage;

public static class DbConnectionExtensions
{
    public static async Task<object?> ScalarAsync(this DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
