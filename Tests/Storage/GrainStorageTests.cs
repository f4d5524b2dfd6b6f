using System.Globalization;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Silo.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kooperationsraum.Tests.Storage;

/// <summary>What every storage provider does; one derived class per provider supplies its empty databases.</summary>
public abstract class GrainStorageTests
{
    private static readonly GrainStateId Id = new("Tests.Grain", "key", "state");

    /// <summary>A new, empty database of the provider under test.</summary>
    protected abstract Task<TestDatabase> NewDatabaseAsync();

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
    public async Task HostsStartingTogetherOnOneDatabaseApplyEveryMigrationOnce()
    {
        var database = await NewDatabaseAsync();
        var storages = Enumerable.Range(0, 4).Select(_ => NewStorage(database)).ToList();

        await Task.WhenAll(storages.Select(storage => Task.Run(() => storage.InitializeAsync(default))));

        var migrations = new SchemaMigrator(database.CreateDialect(), TimeProvider.System, NullLogger.Instance).Migrations;
        (await database.QueryAsync("SELECT version FROM schema_version ORDER BY version;"))
            .Select(version => Convert.ToInt32(version, CultureInfo.InvariantCulture))
            .Should().Equal(migrations.Select(m => m.Version));
    }

    private async Task<AdoNetGrainStorage> NewStorageAsync()
    {
        var storage = NewStorage(await NewDatabaseAsync());
        await storage.InitializeAsync(default);
        return storage;
    }

    private static AdoNetGrainStorage NewStorage(TestDatabase database) =>
        new(database.CreateDialect(), TimeProvider.System, NullLogger<AdoNetGrainStorage>.Instance);
}
