namespace Kooperationsraum.Tests.Storage;

[Collection(StorageCollection.Name)]
public sealed class SqliteGrainLogStorageTests(TemporaryFolder folder) : GrainLogStorageTests
{
    protected override Task<TestDatabase> NewDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite(folder.NewDatabasePath()));
}
