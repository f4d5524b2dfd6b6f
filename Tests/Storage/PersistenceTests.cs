using System.Globalization;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Silo.Storage;
using Kooperationsraum.Tests.Silo;
using Kooperationsraum.Tests.Silo.TestGrains;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kooperationsraum.Tests.Storage;

/// <summary>Grain state on a real database, across hosts; one derived class per provider supplies its empty databases.</summary>
public abstract class PersistenceTests
{
    /// <summary>A new, empty database of the provider under test.</summary>
    protected abstract Task<TestDatabase> NewDatabaseAsync();

    [Fact]
    public async Task StateSurvivesARestartOfTheHost()
    {
        var database = await NewDatabaseAsync();
        await using (var before = await TestSilo.StartAsync(database))
        {
            await before.Grains.GetGrain<ICounterGrain>("kept").SetAndWriteAsync(7);
        }

        await using var after = await TestSilo.StartAsync(database);
        var count = await after.Grains.GetGrain<ICounterGrain>("kept").GetAsync();

        count.Should().Be(7);
    }

    [Fact]
    public async Task ShutdownWritesStateThatChangedOnlyInMemory()
    {
        var database = await NewDatabaseAsync();
        await using var before = await TestSilo.StartAsync(database);
        await before.Grains.GetGrain<ICounterGrain>("flushed").IncrementAsync();
        await before.Grains.GetGrain<ICounterGrain>("flushed").IncrementAsync();

        await before.StopAsync();
        await using var after = await TestSilo.StartAsync(database);
        var count = await after.Grains.GetGrain<ICounterGrain>("flushed").GetAsync();

        (await before.Probe.DeactivationOf("flushed")).Should().Be(DeactivationReason.ShuttingDown);
        count.Should().Be(2);
    }

    [Fact]
    public async Task TwoHostsOnOneDatabaseCannotSilentlyOverwriteEachOther()
    {
        var database = await NewDatabaseAsync();
        await using var first = await TestSilo.StartAsync(database);
        await using var second = await TestSilo.StartAsync(database);
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
        await using var reader = await TestSilo.StartAsync(database);
        (await reader.Grains.GetGrain<ICounterGrain>("contested").GetAsync()).Should().Be(3);
    }

    [Fact]
    public async Task MigrationsRunOnAnOldSchemaAndItsRowsStillLoad()
    {
        var database = await NewDatabaseAsync();
        var migrator = new SchemaMigrator(database.CreateDialect(), TimeProvider.System, NullLogger.Instance);
        await migrator.MigrateAsync(targetVersion: 1, default);
        await database.ExecuteAsync(
            $"INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version) VALUES ('{typeof(CounterGrain).FullName}', 'old', 'counter', '{{\"count\":41}}', 1);");

        await using var silo = await TestSilo.StartAsync(database);
        var counter = silo.Grains.GetGrain<ICounterGrain>("old");
        var loaded = await counter.GetAsync();
        await counter.SetAndWriteAsync(42);

        loaded.Should().Be(41);
        (await database.QueryAsync("SELECT version FROM schema_version ORDER BY version;"))
            .Select(version => Convert.ToInt32(version, CultureInfo.InvariantCulture))
            .Should().Equal(migrator.Migrations.Select(m => m.Version));
        (await database.QueryAsync("SELECT COUNT(*) FROM grain_state WHERE grain_key = 'old' AND modified_utc IS NOT NULL;"))
            .Should().Equal(1L);
    }

    [Fact]
    public async Task StateWithUnknownAndMissingMembersStillLoads()
    {
        var database = await NewDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(database);
        await database.ExecuteAsync(
            $"INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version) VALUES ('{typeof(CounterGrain).FullName}', 'drifted', 'counter', '{{\"count\":5,\"retiredLongAgo\":true}}', 1);");

        var counter = silo.Grains.GetGrain<ICounterGrain>("drifted");

        (await counter.GetAsync()).Should().Be(5);
        (await counter.GetLabelAsync()).Should().Be("unnamed");
    }
}
