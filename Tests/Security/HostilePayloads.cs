namespace Kooperationsraum.Tests.Security;

/// <summary>The corpus of hostile input in <c>xss-payloads.txt</c>: one payload a line, <c>\n</c> for a line break, # for comments.</summary>
public static class HostilePayloads
{
    private static readonly Lazy<IReadOnlyList<string>> Loaded = new(() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Security", "xss-payloads.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Replace("\\n", "\n", StringComparison.Ordinal))
            .ToList());

    public static IReadOnlyList<string> All => Loaded.Value;

    /// <summary>The payloads that fit a one-line field such as a title.</summary>
    public static IReadOnlyList<string> SingleLine => [.. All.Where(payload => !payload.Contains('\n'))];

    /// <summary>Every payload in one Markdown text, each its own paragraph.</summary>
    public static string AsOneText => string.Join("\n\n", All);
}
