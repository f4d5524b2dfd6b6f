using Kooperationsraum.Silo.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kooperationsraum.Tests.Storage;

[Collection(StorageCollection.Name)]
public sealed class SqliteGrainStorageTests(TemporaryFolder folder) : GrainStorageTests
{
    [Fact]
    public async Task WalAndSynchronousFullAreInEffect()
    {
        var dialect = new SqliteDialect($"Data Source={folder.NewDatabasePath()}");
        await new AdoNetGrainStorage(dialect, TimeProvider.System, NullLogger<AdoNetGrainStorage>.Instance).InitializeAsync(default);

        await using var connection = await dialect.OpenConnectionAsync(default);

        (await connection.ScalarAsync("PRAGMA journal_mode;")).Should().Be("wal");
        (await connection.ScalarAsync("PRAGMA synchronous;")).Should().Be(2L, "2 is FULL");
        (await connection.ScalarAsync("PRAGMA busy_timeout;")).Should().Be(5000L);
    }

    [Fact]
    public async Task TheDataFolderIsCreatedWhenMissing()
    {
        var path = Path.Combine(folder.Location, Guid.NewGuid().ToString("N"), "data", "kooperationsraum.db");

        await new AdoNetGrainStorage(new SqliteDialect($"Data Source={path}"), TimeProvider.System, NullLogger<AdoNetGrainStorage>.Instance)
            .InitializeAsync(default);

        File.Exists(path).Should().BeTrue();
    }

    protected override Task<TestDatabase> NewDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite(folder.NewDatabasePath()));
}
