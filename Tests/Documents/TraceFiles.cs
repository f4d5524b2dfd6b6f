using System.IO.Compression;
using System.Text.Json;
using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

/// <summary>
/// Finds and reads the real editing traces in <c>shared/traces</c> beside the repository (see its README):
/// gzip-compressed JSON whose transactions are splice-like patches.
/// </summary>
public static class TraceFiles
{
    private static readonly Lazy<IReadOnlyList<Trace>> All = new(() => Directory
        .GetFiles(Folder(), "*.json.gz")
        .Order(StringComparer.Ordinal)
        .Select(Load)
        .ToList());

    public static IReadOnlyList<Trace> Load() => All.Value;

    /// <summary>The folder, found by walking up from the test binaries to the directory that holds <c>shared/traces</c>.</summary>
    public static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "traces");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/traces folder in any directory above {AppContext.BaseDirectory}; the traces belong beside the repository (../shared/traces).");
    }

    private static Trace Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        var root = json.RootElement;
        var start = root.GetProperty("startContent").GetString()!;
        var length = start.Length;
        var transactions = new List<TextOperation>();
        foreach (var transaction in root.GetProperty("txns").EnumerateArray())
        {
            TextOperation? combined = null;
            foreach (var patch in transaction.GetProperty("patches").EnumerateArray())
            {
                var position = patch[0].GetInt32();
                var deleted = patch[1].GetInt32();
                var inserted = patch[2].GetString()!;
                var change = TextOperation.Replace(length, position, position + deleted, inserted);
                combined = combined is null ? change : combined.Compose(change);
                length = change.NewLength;
            }

            transactions.Add(combined ?? TextOperation.Empty(length));
        }

        return new Trace(Path.GetFileName(path), start, root.GetProperty("endContent").GetString()!, transactions);
    }
}
