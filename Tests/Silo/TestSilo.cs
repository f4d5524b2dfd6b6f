using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Silo.Hosting;
using Kooperationsraum.Tests.Silo.TestGrains;
using Kooperationsraum.Tests.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kooperationsraum.Tests.Silo;

/// <summary>A started host with the grain host on a test database, the test grains and a <see cref="GrainProbe"/>.</summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly IHost host;
    private bool stopped;

    private TestSilo(IHost host) => this.host = host;

    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public GrainProbe Probe => host.Services.GetRequiredService<GrainProbe>();

    public IServiceProvider Services => host.Services;

    /// <summary>Starts a host on the SQLite file <paramref name="databasePath"/>; <paramref name="settings"/> are configuration keys and values.</summary>
    public static Task<TestSilo> StartAsync(string databasePath, IReadOnlyDictionary<string, string?>? settings = null) =>
        StartAsync(TestDatabase.Sqlite(databasePath), settings);

    /// <summary>Starts a host on <paramref name="database"/>; <paramref name="settings"/> are configuration keys and values.</summary>
    public static async Task<TestSilo> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kooperationsraum:Storage:Provider"] = database.Provider,
            ["Kooperationsraum:Storage:ConnectionString"] = database.ConnectionString,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton<GrainProbe>();
        builder.AddKooperationsraumSilo(silo => silo.AddGrainAssembly(typeof(TestSilo).Assembly));
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new TestSilo(host);
    }

    public async Task StopAsync()
    {
        stopped = true;
        await host.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!stopped)
        {
            await StopAsync();
        }

        host.Dispose();
    }
}
