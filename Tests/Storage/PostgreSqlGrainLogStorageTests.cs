namespace Kooperationsraum.Tests.Storage;

[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlGrainLogStorageTests(PostgreSqlServer server) : GrainLogStorageTests
{
    protected override async Task<TestDatabase> NewDatabaseAsync() => TestDatabase.PostgreSql(await server.CreateDatabaseAsync());
}
