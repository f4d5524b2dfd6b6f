namespace Kooperationsraum.Tests.Storage;

[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlPersistenceTests(PostgreSqlServer server) : PersistenceTests
{
    protected override async Task<TestDatabase> NewDatabaseAsync() => TestDatabase.PostgreSql(await server.CreateDatabaseAsync());
}
