using System.IO.Compression;
using System.Text.Json;

namespace Kooperationsraum.Bench;

/// <summary>
/// Reads the real editing traces in <c>shared/traces</c> beside the repository: gzip-compressed JSON whose
/// transactions hold splice-like patches (position, deleted count, inserted text).
/// </summary>
public static class EditingTraces
{
    /// <summary>The traces folder, found by walking up from <paramref name="start"/> to the directory that holds <c>shared/traces</c>.</summary>
    public static string Folder(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "traces");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/traces folder in any directory above {start}; the traces belong beside the repository (../shared/traces).");
    }

    public static IReadOnlyList<string> Files(string start) =>
        Directory.GetFiles(Folder(start), "*.json.gz").Order(StringComparer.Ordinal).ToList();

    /// <summary>Reads one trace as its start and end text and its patches in order.</summary>
    public static EditingTrace Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        var root = json.RootElement;
        var transactions = root.GetProperty("txns").EnumerateArray()
            .Select(transaction => (IReadOnlyList<Patch>)transaction.GetProperty("patches").EnumerateArray()
                .Select(patch => new Patch(patch[0].GetInt32(), patch[1].GetInt32(), patch[2].GetString()!))
                .ToList())
            .ToList();
        return new EditingTrace(
            Path.GetFileName(path),
            root.GetProperty("startContent").GetString()!,
            root.GetProperty("endContent").GetString()!,
            transactions);
    }
}
