using Kooperationsraum.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Kooperationsraum.Bench;

/// <summary>The grain host alone, on a SQLite file of its own, as the grain benchmarks measure it.</summary>
public static class BenchSilo
{
    /// <summary>Starts a grain host whose storage is the SQLite database at <paramref name="databasePath"/>.</summary>
    public static async Task<IHost> StartAsync(string databasePath)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Kooperationsraum:Storage:ConnectionString"] = $"Data Source={databasePath}" });
        builder.AddKooperationsraumSilo();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
