using Kooperationsraum.Silo.Storage;
using Npgsql;

namespace Kooperationsraum.Tests.Storage;

[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlGrainStorageTests(PostgreSqlServer server) : GrainStorageTests
{
    [Fact]
    public async Task EveryConnectionCommitsSynchronouslyThoughTheServerDefaultIsOff()
    {
        var database = await NewDatabaseAsync();
        await using var plain = new NpgsqlConnection(database.ConnectionString);
        await plain.OpenAsync();

        await using var connection = await database.CreateDialect().OpenConnectionAsync(default);

        (await plain.ScalarAsync("SHOW synchronous_commit;")).Should().Be("off", "the test server's default is off");
        (await connection.ScalarAsync("SHOW synchronous_commit;")).Should().Be("on");
    }

    [Fact]
    public async Task ASynchronousCommitSettingInTheConnectionStringWins()
    {
        var database = await NewDatabaseAsync();
        var dialect = new PostgreSqlDialect($"{database.ConnectionString};Options=-c synchronous_commit=remote_write");

        await using var connection = await dialect.OpenConnectionAsync(default);

        (await connection.ScalarAsync("SHOW synchronous_commit;")).Should().Be("remote_write");
    }

    protected override async Task<TestDatabase> NewDatabaseAsync() => TestDatabase.PostgreSql(await server.CreateDatabaseAsync());
}
