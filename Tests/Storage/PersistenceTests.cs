using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Silo.Storage;
using Kooperationsraum.Tests.Silo;
using Kooperationsraum.Tests.Silo.TestGrains;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kooperationsraum.Tests.Storage;

/// <summary>Grain state on a real SQLite file, across hosts.</summary>
[Collection(StorageCollection.Name)]
public sealed class PersistenceTests(TemporaryFolder folder)
{
    [Fact]
    public async Task StateSurvivesARestartOfTheHost()
    {
        var path = folder.NewDatabasePath();
        await using (var before = await TestSilo.StartAsync(path))
        {
            await before.Grains.GetGrain<ICounterGrain>("kept").SetAndWriteAsync(7);
        }

        await using var after = await TestSilo.StartAsync(path);
        var count = await after.Grains.GetGrain<ICounterGrain>("kept").GetAsync();

        count.Should().Be(7);
    }

    [Fact]
    public async Task ShutdownWritesStateThatChangedOnlyInMemory()
    {
        var path = folder.NewDatabasePath();
        await using var before = await TestSilo.StartAsync(path);
        await before.Grains.GetGrain<ICounterGrain>("flushed").IncrementAsync();
        await before.Grains.GetGrain<ICounterGrain>("flushed").IncrementAsync();

        await before.StopAsync();
        await using var after = await TestSilo.StartAsync(path);
        var count = await after.Grains.GetGrain<ICounterGrain>("flushed").GetAsync();

        (await before.Probe.DeactivationOf("flushed")).Should().Be(DeactivationReason.ShuttingDown);
        count.Should().Be(2);
    }

    [Fact]
    public async Task TwoHostsOnOneDatabaseCannotSilentlyOverwriteEachOther()
    {
        var path = folder.NewDatabasePath();
        await using var first = await TestSilo.StartAsync(path);
        await using var second = await TestSilo.StartAsync(path);
        var viaFirst = first.Grains.GetGrain<ICounterGrain>("contested");
        var viaSecond = second.Grains.GetGrain<ICounterGrain>("contested");
        await viaFirst.GetAsync();
        await viaSecond.GetAsync();

        await viaFirst.SetAndWriteAsync(1);
        var insertOverFirst = await Record.ExceptionAsync(() => viaSecond.SetAndWriteAsync(2));
        await viaSecond.DeactivateAsync();
        await second.Probe.DeactivationOf("contested");
        var reloaded = await viaSecond.GetAsync();
        await viaFirst.SetAndWriteAsync(3);
        var updateOverFirst = await Record.ExceptionAsync(() => viaSecond.SetAndWriteAsync(4));

        insertOverFirst.Should().BeOfType<InconsistentStateException>();
        reloaded.Should().Be(1);
        updateOverFirst.Should().BeOfType<InconsistentStateException>();
        await using var reader = await TestSilo.StartAsync(path);
        (await reader.Grains.GetGrain<ICounterGrain>("contested").GetAsync()).Should().Be(3);
    }

    [Fact]
    public async Task MigrationsRunOnAnOldSchemaAndItsRowsStillLoad()
    {
        var path = folder.NewDatabasePath();
        var dialect = new SqliteDialect($"Data Source={path}");
        var migrator = new SchemaMigrator(dialect, TimeProvider.System, NullLogger.Instance);
        await migrator.MigrateAsync(targetVersion: 1, default);
        await ExecuteAsync(
            path,
            $"INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version) VALUES ('{typeof(CounterGrain).FullName}', 'old', 'counter', '{{\"count\":41}}', 1);");

        await using var silo = await TestSilo.StartAsync(path);
        var counter = silo.Grains.GetGrain<ICounterGrain>("old");
        var loaded = await counter.GetAsync();
        await counter.SetAndWriteAsync(42);

        loaded.Should().Be(41);
        (await QueryAsync(path, "SELECT group_concat(version) FROM (SELECT version FROM schema_version ORDER BY version);"))
            .Should().Be(string.Join(",", migrator.Migrations.Select(m => m.Version)));
        (await QueryAsync(path, "SELECT modified_utc IS NOT NULL FROM grain_state WHERE grain_key = 'old';")).Should().Be(1L);
    }

    [Fact]
    public async Task StateWithUnknownAndMissingMembersStillLoads()
    {
        var path = folder.NewDatabasePath();
        await using var silo = await TestSilo.StartAsync(path);
        await ExecuteAsync(
            path,
            $"INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version) VALUES ('{typeof(CounterGrain).FullName}', 'drifted', 'counter', '{{\"count\":5,\"retiredLongAgo\":true}}', 1);");

        var counter = silo.Grains.GetGrain<ICounterGrain>("drifted");

        (await counter.GetAsync()).Should().Be(5);
        (await counter.GetLabelAsync()).Should().Be("unnamed");
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> QueryAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
