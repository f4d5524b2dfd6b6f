using Kooperationsraum.Bench;

namespace Kooperationsraum.Tests.Documents;

/// <summary>
/// The real editing traces in <c>shared/traces</c> beside the repository (see its README), read as the benchmark
/// reads them, each transaction turned into the operation an editor would send.
/// </summary>
public static class TraceFiles
{
    private static readonly Lazy<IReadOnlyList<Trace>> All = new(() => EditingTraces.Files(AppContext.BaseDirectory)
        .Select(EditingTraces.Read)
        .Select(trace => new Trace(trace.Name, trace.StartContent, trace.EndContent, trace.ToOperations()))
        .ToList());

    public static IReadOnlyList<Trace> Load() => All.Value;

    /// <summary>The folder, found by walking up from the test binaries to the directory that holds <c>shared/traces</c>.</summary>
    public static string Folder() => EditingTraces.Folder(AppContext.BaseDirectory);
}
