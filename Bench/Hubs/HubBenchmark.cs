using System.Diagnostics;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Silo.Hosting;
using Kooperationsraum.Web.Hubs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kooperationsraum.Bench.Hubs;

/// <summary>
/// End to end over the hub on loopback: editors in this process type into documents of a web server running as
/// its own process on a fresh SQLite file, each at a steady rate, following the collab protocol. Measures, per
/// edit typed inside the window, the time until its editor's acknowledgement and until every other editor of the
/// document has applied it; then stops typing, lets everything settle and checks that every editor holds the
/// server's text and that the server holds exactly the acknowledged edits.
/// </summary>
public static class HubBenchmark
{
    public const double KeystrokesPerSecond = 5;

    // Editors start typing in this many steps, one interval apart, all within the warm-up.
    private const int RampSteps = 10;

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(60);

    // Creates the documents before the web app starts; the editors sign in as its configured administrator, who may edit.
    private static readonly Actor Operator = new("bench", "Benchmark", "bench-organisation", IsAdministrator: true);

    private static readonly string StartText = string.Concat(Enumerable.Repeat(
        "Die Partner vereinbaren, Ergebnisse ihrer Digitalisierungsprojekte im Rahmen des geltenden Rechts zu teilen.\n", 20));

    public static async Task<HubMeasurement> RunAsync(int editors, int documents, TimeSpan duration)
    {
        var folder = Directory.CreateTempSubdirectory("kooperationsraum-hubbench-");
        try
        {
            var database = Path.Combine(folder.FullName, "hubbench.db");
            var (_, documentIds) = await CreateDocumentsAsync(database, documents);
            using var server = await WebServerProcess.StartAsync(database);
            return await MeasureAsync(server, documentIds, editors, duration);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<HubMeasurement> MeasureAsync(WebServerProcess server, IReadOnlyList<string> documentIds, int count, TimeSpan duration)
    {
        var run = new HubRun();
        var expectedEdits = (int)((WarmUp + duration).TotalSeconds * KeystrokesPerSecond * 2) + 16;
        var editors = new TypingEditor[count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (e, _) => editors[e] = await TypingEditor.OpenAsync(server.Address, server.Cookies, documentIds[e % documentIds.Count], $"editor-{e}", run, seed: e, expectedEdits));
        try
        {
            run.Editors = editors.ToDictionary(editor => editor.ClientId);
            Console.WriteLine($"  {count} editors on {documentIds.Count} documents connected; typing starts (server process {server.ProcessId})");
            var interval = TimeSpan.FromSeconds(1 / KeystrokesPerSecond);
            var start = Stopwatch.GetTimestamp();
            var measureFrom = start + (long)(WarmUp.TotalSeconds * Stopwatch.Frequency);
            run.Schedule(measureFrom, measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency));

            // Spread over the interval, as people do not press keys in step; and a tenth more of the editors start every
            // interval during the warm-up, as people do not all start at the same instant on a server that just started.
            var typing = editors
                .Select((editor, e) => editor.TypeAsync(
                    start + (long)(interval.TotalSeconds * Stopwatch.Frequency * ((double)e / count + e % RampSteps)), interval))
                .ToList();

            await Task.Delay(Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), measureFrom));
            var before = Sample(server, editors);
            await Task.WhenAll(typing);
            var after = Sample(server, editors);

            var convergence = await SettleAndCompareAsync(server, editors, documentIds, run);
            return new HubMeasurement(
                count,
                documentIds.Count,
                Stopwatch.GetElapsedTime(before.At, after.At),
                run.AcknowledgedInWindow,
                run.Acknowledged,
                run.Visible,
                after.ToEditors - before.ToEditors,
                after.BytesToEditors - before.BytesToEditors,
                after.FromEditors - before.FromEditors,
                run.OperationsPerSubmission,
                run.OperationsPerBroadcast,
                after.ServerCpu - before.ServerCpu,
                after.EditorsCpu - before.EditorsCpu,
                server.PeakMemory,
                run.ErrorCount,
                [.. run.FirstErrors],
                [.. server.Complaints],
                convergence,
                run.Decoder.Counts);
        }
        finally
        {
            await Task.WhenAll(editors.Where(editor => editor is not null).Select(editor => editor.DisposeAsync().AsTask()));
        }
    }

    private static (long At, TimeSpan ServerCpu, TimeSpan EditorsCpu, long ToEditors, long BytesToEditors, long FromEditors) Sample(
        WebServerProcess server, IReadOnlyList<TypingEditor> editors)
    {
        using var self = Process.GetCurrentProcess();
        return (
            Stopwatch.GetTimestamp(),
            server.CpuTime,
            self.TotalProcessorTime,
            editors.Sum(editor => editor.Connection.RecordsReceived),
            editors.Sum(editor => editor.Connection.BytesReceived),
            editors.Sum(editor => editor.Connection.RecordsSent));
    }

    // Waits until nothing is unconfirmed, then until every editor is at the server's version, and compares texts.
    private static async Task<string> SettleAndCompareAsync(WebServerProcess server, IReadOnlyList<TypingEditor> editors, IReadOnlyList<string> documentIds, HubRun run)
    {
        var deadline = Stopwatch.StartNew();
        while (!editors.All(editor => editor.Settled))
        {
            if (deadline.Elapsed > SettleTimeout)
            {
                return $"NOT SETTLED: {editors.Count(editor => !editor.Settled)} editors still have unconfirmed edits after {SettleTimeout.TotalSeconds:F0} s";
            }

            await Task.Delay(50);
        }

        await using var checker = await HubProtocolClient.ConnectAsync(server.Address, DocumentHub.Path, server.Cookies);
        var differing = new List<string>();
        var versions = 0;
        var characters = 0;
        foreach (var documentId in documentIds)
        {
            var snapshot = (await checker.InvokeAsync<DocumentSnapshot>(nameof(DocumentHub.OpenDocumentAsync), documentId))!;
            versions += snapshot.Version - 1;
            characters += snapshot.Text.Length;
            foreach (var editor in editors.Where(editor => editor.DocumentId == documentId))
            {
                while (editor.SyncedVersion < snapshot.Version && deadline.Elapsed < SettleTimeout)
                {
                    await Task.Delay(20);
                    if (deadline.Elapsed > TimeSpan.FromSeconds(5))
                    {
                        await editor.CatchUpAsync();
                    }
                }

                if (editor.SyncedVersion != snapshot.Version || editor.Text != snapshot.Text)
                {
                    differing.Add($"{editor.ClientId} at version {editor.SyncedVersion} of {snapshot.Version}");
                }
            }
        }

        var acknowledged = editors.Sum(editor => editor.Acknowledged);
        if (differing.Count > 0 || acknowledged != versions || run.ErrorCount > 0)
        {
            return $"FAILED: {differing.Count} editors differ from the server ({string.Join(", ", differing.Take(5))}); "
                + $"{acknowledged} edits acknowledged, {versions} applied by the server";
        }

        return $"all {editors.Count} editors hold the server's text ({documentIds.Count} documents, {characters:N0} characters); "
            + $"the server applied exactly the {acknowledged:N0} acknowledged edits";
    }

    // Workspace and documents come first, through the grain host on the same file, which is then stopped: the web
    // server finds them in storage as after a restart. The workspace's id names the documents' pages.
    internal static async Task<(string WorkspaceId, IReadOnlyList<string> DocumentIds)> CreateDocumentsAsync(string databasePath, int documents)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Kooperationsraum:Storage:ConnectionString"] = $"Data Source={databasePath}" });
        builder.AddKooperationsraumSilo();
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var workspace = await grains.GetGrain<IWorkspaceGrain>(Guid.NewGuid().ToString("N")).CreateAsync(
            Operator, new WorkspaceDetails(WorkspaceKind.Cooperation, "Hub-Benchmark", string.Empty, [Operator.OrganisationId]));
        var ids = new List<string>();
        for (var d = 0; d < documents; d++)
        {
            var listed = await grains.GetGrain<IWorkspaceGrain>(workspace.Id).CreateDocumentAsync(Operator, $"Protokoll {d + 1}");
            await grains.GetGrain<IDocumentGrain>(listed.Id).SubmitAsync(
                Operator, 0, [new UnconfirmedOperation(new OperationId("start", 1), TextOperation.Replace(0, 0, 0, StartText))]);
            ids.Add(listed.Id);
        }

        await host.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return (workspace.Id, ids);
    }
}
