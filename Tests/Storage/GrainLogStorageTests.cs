using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Silo.Runtime;
using Kooperationsraum.Silo.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kooperationsraum.Tests.Storage;

/// <summary>What every storage provider does with grain logs; one derived class per provider supplies its empty databases.</summary>
public abstract class GrainLogStorageTests
{
    private static readonly GrainStateId Id = new("Tests.Grain", "key", "log");

    /// <summary>A new, empty database of the provider under test.</summary>
    protected abstract Task<TestDatabase> NewDatabaseAsync();

    [Fact]
    public async Task AppendedEntriesReadBackInOrderFromAnySequence()
    {
        var storage = await NewStorageAsync();
        var writer = await OpenAsync(storage);
        await writer.AppendAsync(["a", "b"]);
        await writer.AppendAsync(["c"]);
        await writer.AppendAsync(["d", "e"]);

        var reader = new PersistentLog<string>(storage, Id);
        var all = await reader.ReadAsync(0);
        var fromTheMiddleOfAnAppend = await reader.ReadAsync(1);
        var tail = await reader.ReadAsync(3);
        var none = await reader.ReadAsync(5);

        all.Should().Equal("a", "b", "c", "d", "e");
        fromTheMiddleOfAnAppend.Should().Equal("b", "c", "d", "e");
        tail.Should().Equal("d", "e");
        none.Should().BeEmpty();
        reader.NextSequence.Should().Be(5);
        writer.NextSequence.Should().Be(5);
    }

    [Fact]
    public async Task ASecondWriterThatReadTheLogBeforeAnAppendFailsAndWritesNothing()
    {
        var storage = await NewStorageAsync();
        var first = await OpenAsync(storage);
        var second = await OpenAsync(storage);
        await first.AppendAsync(["erste"]);

        var staleFirstAppend = () => second.AppendAsync(["zweite"]);
        await staleFirstAppend.Should().ThrowAsync<InconsistentStateException>();
        await first.AppendAsync(["dritte"]);
        await second.ReadAsync(0);
        await second.AppendAsync(["vierte"]);
        var staleLaterAppend = () => first.AppendAsync(["fünfte"]);

        await staleLaterAppend.Should().ThrowAsync<InconsistentStateException>();
        (await new PersistentLog<string>(storage, Id).ReadAsync(0)).Should().Equal("erste", "dritte", "vierte");
        first.NextSequence.Should().Be(2, "a failed append moves nothing");
    }

    [Fact]
    public async Task TruncationDropsTheAppendsBelowASequenceAndTheNumberingGoesOn()
    {
        var storage = await NewStorageAsync();
        var log = await OpenAsync(storage);
        await log.AppendAsync(["a", "b"]);
        await log.AppendAsync(["c"]);
        await log.AppendAsync(["d"]);

        await log.TruncateAsync(3);
        await log.AppendAsync(["e"]);
        var reader = new PersistentLog<string>(storage, Id);
        var tail = await reader.ReadAsync(3);
        var truncated = () => reader.ReadAsync(0);

        tail.Should().Equal("d", "e");
        reader.NextSequence.Should().Be(5);
        await truncated.Should().ThrowAsync<InvalidOperationException>();
    }

    [Fact]
    public async Task ReadingFromBeyondTheEndIsRefused()
    {
        var storage = await NewStorageAsync();
        var log = await OpenAsync(storage);
        await log.AppendAsync(["a"]);

        var beyond = () => new PersistentLog<string>(storage, Id).ReadAsync(2);

        await beyond.Should().ThrowAsync<InvalidOperationException>();
    }

    [Fact]
    public async Task AnAppendThatHoldsTheTruncationPointStaysReadableFromThere()
    {
        var storage = await NewStorageAsync();
        var log = await OpenAsync(storage);
        await log.AppendAsync(["a", "b", "c"]);
        await log.AppendAsync(["d"]);

        await log.TruncateAsync(2);

        (await new PersistentLog<string>(storage, Id).ReadAsync(2)).Should().Equal("c", "d");
    }

    [Fact]
    public async Task TruncatingEverythingLeavesAnEmptyLogThatStillRefusesAStaleWriter()
    {
        var storage = await NewStorageAsync();
        var log = await OpenAsync(storage);
        var stale = await OpenAsync(storage);
        await log.AppendAsync(["Vertraulich"]);

        await log.TruncateAsync(log.NextSequence);
        var reader = new PersistentLog<string>(storage, Id);
        var remaining = await reader.ReadAsync(1);
        var staleAppend = () => stale.AppendAsync(["neu"]);

        remaining.Should().BeEmpty();
        reader.NextSequence.Should().Be(1);
        await staleAppend.Should().ThrowAsync<InconsistentStateException>();
    }

    [Fact]
    public async Task AStaleTruncationFailsAndDeletesNothing()
    {
        var storage = await NewStorageAsync();
        var first = await OpenAsync(storage);
        await first.AppendAsync(["a"]);
        var second = await OpenAsync(storage);
        await first.AppendAsync(["b"]);

        var staleTruncation = () => second.TruncateAsync(1);

        await staleTruncation.Should().ThrowAsync<InconsistentStateException>();
        (await new PersistentLog<string>(storage, Id).ReadAsync(0)).Should().Equal("a", "b");
    }

    [Fact]
    public async Task TheLogsOfTwoGrainsAreSeparate()
    {
        var storage = await NewStorageAsync();
        var one = await OpenAsync(storage);
        var other = new PersistentLog<string>(storage, Id with { GrainKey = "other" });
        await other.ReadAsync(0);

        await one.AppendAsync(["eins"]);
        await other.AppendAsync(["anderes"]);

        (await new PersistentLog<string>(storage, Id).ReadAsync(0)).Should().Equal("eins");
        (await new PersistentLog<string>(storage, Id with { GrainKey = "other" }).ReadAsync(0)).Should().Equal("anderes");
    }

    private static async Task<PersistentLog<string>> OpenAsync(IGrainLogStorage storage)
    {
        var log = new PersistentLog<string>(storage, Id);
        await log.ReadAsync(0);
        return log;
    }

    private async Task<AdoNetGrainLogStorage> NewStorageAsync()
    {
        var dialect = (await NewDatabaseAsync()).CreateDialect();
        await new AdoNetGrainStorage(dialect, TimeProvider.System, NullLogger<AdoNetGrainStorage>.Instance).InitializeAsync(default);
        return new AdoNetGrainLogStorage(dialect);
    }
}
