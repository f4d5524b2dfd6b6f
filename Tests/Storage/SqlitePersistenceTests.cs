namespace Kooperationsraum.Tests.Storage;

[Collection(StorageCollection.Name)]
public sealed class SqlitePersistenceTests(TemporaryFolder folder) : PersistenceTests
{
    protected override Task<TestDatabase> NewDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite(folder.NewDatabasePath()));
}
