using System.Diagnostics;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kooperationsraum.Bench;

/// <summary>
/// Durable acknowledged operations per second through the document grain on a real SQLite file: a number of
/// editors type into one document at once, each sending its next keystroke when the previous one is durable.
/// Every keystroke inserts one character, so an editor knows the document's length at the version it is synced to.
/// </summary>
public static class DurableDocumentBenchmark
{
    private static readonly Actor Editor = new("bench", "Benchmark", "bench", IsAdministrator: true);

    public static async Task<Measurement> RunAsync(int editors, TimeSpan duration)
    {
        var folder = Directory.CreateTempSubdirectory("kooperationsraum-bench-");
        try
        {
            using var host = await StartHostAsync(Path.Combine(folder.FullName, "bench.db"));
            var document = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IDocumentGrain>(Guid.NewGuid().ToString("N"));
            await document.CreateAsync(Editor, "bench-workspace", "Benchmark");
            var clock = Stopwatch.StartNew();
            var counts = await Task.WhenAll(Enumerable.Range(0, editors).Select(e => TypeAsync(document, $"editor-{e}", clock, duration)));
            clock.Stop();
            var snapshot = await document.GetSnapshotAsync();
            if (snapshot.Text.Length != counts.Sum())
            {
                throw new InvalidOperationException($"{counts.Sum()} acknowledged keystrokes, but the document holds {snapshot.Text.Length} characters.");
            }

            await host.StopAsync();
            return new Measurement($"{editors} editors, one document", counts.Sum(), clock.Elapsed);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<int> TypeAsync(IDocumentGrain document, string clientId, Stopwatch clock, TimeSpan duration)
    {
        var synced = 0;
        var sequence = 0;
        while (clock.Elapsed < duration)
        {
            var result = await document.SubmitAsync(Editor, new OperationId(clientId, ++sequence), synced, TextOperation.Replace(synced, 0, 0, "x"));
            synced = result.Version;
        }

        return sequence;
    }

    private static async Task<IHost> StartHostAsync(string databasePath)
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
