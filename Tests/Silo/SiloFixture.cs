using Kooperationsraum.Tests.Storage;

namespace Kooperationsraum.Tests.Silo;

/// <summary>One silo with default settings for the tests of the <see cref="SiloCollection"/>, and a folder for silos of their own.</summary>
public sealed class SiloFixture : IAsyncLifetime
{
    public TemporaryFolder Folder { get; } = new();

    public TestSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync() => Silo = await TestSilo.StartAsync(Folder.NewDatabasePath());

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        Folder.Dispose();
    }
}
