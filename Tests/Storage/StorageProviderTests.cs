using Kooperationsraum.Silo.Storage;
using Kooperationsraum.Tests.Silo;

namespace Kooperationsraum.Tests.Storage;

public sealed class StorageProviderTests
{
    [Fact]
    public void TheProviderIsChosenByNameWhateverItsCase()
    {
        var postgreSql = StorageProviders.CreateDialect("postgresql", "Host=127.0.0.1;Database=unused");
        var sqlite = StorageProviders.CreateDialect("SQLITE", "Data Source=unused.db");

        postgreSql.Should().BeOfType<PostgreSqlDialect>();
        sqlite.Should().BeOfType<SqliteDialect>();
    }

    [Fact]
    public async Task AHostWithAnUnknownProviderFailsToStartAndNamesTheKnownOnes()
    {
        var start = () => TestSilo.StartAsync(new TestDatabase("Oracle", "Data Source=unused"));

        await start.Should().ThrowAsync<InvalidOperationException>()
            .WithMessage("Storage provider 'Oracle' is not supported; set Kooperationsraum:Storage:Provider to Sqlite or PostgreSql.");
    }
}
