using System.Diagnostics;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kooperationsraum.Bench;

/// <summary>
/// Durable acknowledged operations per second through the document grain on a real SQLite file (WAL,
/// <c>synchronous=FULL</c>). Editors behave as @codemirror/collab does: they send their unconfirmed operations in one
/// message, all on the version they are synced to, and send the next message once the previous one is acknowledged,
/// that is durable.
/// </summary>
public static class DurableDocumentBenchmark
{
    private static readonly Actor Editor = new("bench", "Benchmark", "bench", IsAdministrator: true);

    /// <summary>
    /// One editor replays every transaction of <paramref name="trace"/> into a new document, again and again until
    /// <paramref name="duration"/> is over, sending up to <paramref name="messageSize"/> unconfirmed transactions per
    /// message: an editor that types faster than its messages are acknowledged. Every replay must end at the trace's end content.
    /// </summary>
    public static async Task<Measurement> RunTraceAsync(EditingTrace trace, int messageSize, TimeSpan duration)
    {
        var operations = trace.ToOperations();
        if (trace.StartContent.Length > 0)
        {
            operations = [TextOperation.Replace(0, 0, 0, trace.StartContent), .. operations];
        }

        return await OnHostAsync($"{trace.Name}, up to {messageSize}/message", async grains =>
        {
            long acknowledged = 0;
            var clock = Stopwatch.StartNew();
            do
            {
                var document = await NewDocumentAsync(grains);
                var synced = 0;
                for (var next = 0; next < operations.Count; next += messageSize)
                {
                    var message = operations.Skip(next).Take(messageSize)
                        .Select((operation, i) => new UnconfirmedOperation(new OperationId("trace", next + i + 1), operation))
                        .ToList();
                    var results = await document.SubmitAsync(Editor, synced, message);
                    synced = results[^1].Version;
                    acknowledged += results.Count;
                }

                var end = await document.GetSnapshotAsync(Editor);
                if (end.Text != trace.EndContent || end.Version != operations.Count)
                {
                    throw new InvalidOperationException($"{trace.Name}: the document grain did not reach the trace's end content.");
                }
            }
            while (clock.Elapsed < duration);

            return (acknowledged, clock.Elapsed);
        });
    }

    /// <summary>
    /// <paramref name="editors"/> editors type into one document at once for <paramref name="duration"/>, each sending
    /// <paramref name="keystrokesPerMessage"/> keystrokes per message on the latest durable version, as an editor does
    /// that receives the others' operations while it types. Every keystroke inserts one character, so an editor knows
    /// the document's length at any version.
    /// </summary>
    public static Task<Measurement> RunEditorsAsync(int editors, int keystrokesPerMessage, TimeSpan duration) =>
        OnHostAsync($"{editors} editors, {keystrokesPerMessage}/message", async grains =>
        {
            var document = await NewDocumentAsync(grains);
            var clock = Stopwatch.StartNew();
            var counts = await Task.WhenAll(Enumerable.Range(0, editors)
                .Select(e => TypeAsync(document, $"editor-{e}", keystrokesPerMessage, clock, duration)));
            var elapsed = clock.Elapsed;
            var snapshot = await document.GetSnapshotAsync(Editor);
            if (snapshot.Text.Length != counts.Sum())
            {
                throw new InvalidOperationException($"{counts.Sum()} acknowledged keystrokes, but the document holds {snapshot.Text.Length} characters.");
            }

            return ((long)counts.Sum(), elapsed);
        });

    private static async Task<int> TypeAsync(IDocumentGrain document, string clientId, int keystrokesPerMessage, Stopwatch clock, TimeSpan duration)
    {
        var sequence = 0;
        while (clock.Elapsed < duration)
        {
            var synced = (await document.GetInfoAsync())!.Version;
            var message = Enumerable.Range(0, keystrokesPerMessage)
                .Select(i => new UnconfirmedOperation(new OperationId(clientId, sequence + i + 1), TextOperation.Replace(synced + i, 0, 0, "x")))
                .ToList();
            var results = await document.SubmitAsync(Editor, synced, message);
            sequence += results.Count;
        }

        return sequence;
    }

    private static async Task<IDocumentGrain> NewDocumentAsync(IGrainFactory grains)
    {
        var document = grains.GetGrain<IDocumentGrain>(Guid.NewGuid().ToString("N"));
        await document.CreateAsync(Editor, "bench-workspace", "Benchmark");
        return document;
    }

    private static async Task<Measurement> OnHostAsync(string name, Func<IGrainFactory, Task<(long Operations, TimeSpan Elapsed)>> run)
    {
        var folder = Directory.CreateTempSubdirectory("kooperationsraum-bench-");
        try
        {
            using var host = await BenchSilo.StartAsync(Path.Combine(folder.FullName, "bench.db"));
            var (operations, elapsed) = await run(host.Services.GetRequiredService<IGrainFactory>());
            await host.StopAsync();
            return new Measurement(name, operations, elapsed);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
