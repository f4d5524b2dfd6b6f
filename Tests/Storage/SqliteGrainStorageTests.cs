using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Silo.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kooperationsraum.Tests.Storage;

[Collection(StorageCollection.Name)]
public sealed class SqliteGrainStorageTests(TemporaryFolder folder)
{
    private static readonly GrainStateId Id = new("Tests.Grain", "key", "state");

    [Fact]
    public async Task AStaleWriteThrowsAndOverwritesNothing()
    {
        var storage = await NewStorageAsync();
        var first = await storage.WriteAsync(Id, """{"count":1}""", null, default);
        var second = await storage.WriteAsync(Id, """{"count":2}""", first, default);

        var stale = () => storage.WriteAsync(Id, """{"count":3}""", first, default);

        await stale.Should().ThrowAsync<InconsistentStateException>();
        (await storage.ReadAsync(Id, default)).Should().Be(new StoredGrainState("""{"count":2}""", second));
    }

    [Fact]
    public async Task AnInsertOverAnExistingRecordThrowsAndOverwritesNothing()
    {
        var storage = await NewStorageAsync();
        var etag = await storage.WriteAsync(Id, """{"count":1}""", null, default);

        var insert = () => storage.WriteAsync(Id, """{"count":2}""", null, default);

        await insert.Should().ThrowAsync<InconsistentStateException>();
        (await storage.ReadAsync(Id, default)).Should().Be(new StoredGrainState("""{"count":1}""", etag));
    }

    [Fact]
    public async Task AClearedRecordReadsAsNoStateAndStillRefusesStaleWrites()
    {
        var storage = await NewStorageAsync();
        var beforeClear = await storage.WriteAsync(Id, """{"count":1}""", null, default);
        var afterClear = await storage.ClearAsync(Id, beforeClear, default);

        var cleared = await storage.ReadAsync(Id, default);
        var stale = () => storage.WriteAsync(Id, """{"count":2}""", beforeClear, default);

        cleared.Should().Be(new StoredGrainState(null, afterClear));
        await stale.Should().ThrowAsync<InconsistentStateException>();
        await storage.Invoking(s => s.WriteAsync(Id, """{"count":3}""", afterClear, default)).Should().NotThrowAsync();
    }

    [Fact]
    public async Task AMissingRecordReadsAsNull()
    {
        var storage = await NewStorageAsync();

        var stored = await storage.ReadAsync(Id, default);

        stored.Should().BeNull();
    }

    [Fact]
    public async Task WalAndSynchronousFullAreInEffect()
    {
        var dialect = new SqliteDialect($"Data Source={folder.NewDatabasePath()}");
        await new AdoNetGrainStorage(dialect, TimeProvider.System, NullLogger<AdoNetGrainStorage>.Instance).InitializeAsync(default);

        await using var connection = await dialect.OpenConnectionAsync(default);

        (await ScalarAsync(connection, "PRAGMA journal_mode;")).Should().Be("wal");
        (await ScalarAsync(connection, "PRAGMA synchronous;")).Should().Be(2L, "2 is FULL");
        (await ScalarAsync(connection, "PRAGMA busy_timeout;")).Should().Be(5000L);
    }

    [Fact]
    public async Task TheDataFolderIsCreatedWhenMissing()
    {
        var path = Path.Combine(folder.Location, Guid.NewGuid().ToString("N"), "data", "kooperationsraum.db");

        await new AdoNetGrainStorage(new SqliteDialect($"Data Source={path}"), TimeProvider.System, NullLogger<AdoNetGrainStorage>.Instance)
            .InitializeAsync(default);

        File.Exists(path).Should().BeTrue();
    }

    private async Task<AdoNetGrainStorage> NewStorageAsync()
    {
        var storage = new AdoNetGrainStorage(
            new SqliteDialect($"Data Source={folder.NewDatabasePath()}"), TimeProvider.System, NullLogger<AdoNetGrainStorage>.Instance);
        await storage.InitializeAsync(default);
        return storage;
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
