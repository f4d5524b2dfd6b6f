using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// What transforming one editor's operation over the others' operations since its base left behind: each of those
/// operations mapped past all of the editor's unconfirmed ones, the transformed one included. The editor's next
/// operation on the same base, with nothing applied in between, meets exactly these, so it is transformed over them
/// alone instead of its predecessors being transformed all over again; a message of many operations thus costs
/// linear rather than quadratic work.
/// </summary>
internal sealed class RebaseMemo(string clientId, int baseVersion)
{
    /// <summary>The others' operations since the base, in order, each mapped past the editor's unconfirmed ones.</summary>
    public List<MappedOperation> Remotes { get; } = [];

    /// <summary>The document's version right after the operation this memo belongs to.</summary>
    public int Version { get; set; } = -1;

    /// <summary>Whether an operation of <paramref name="client"/> on <paramref name="version"/> continues this memo at <paramref name="current"/>.</summary>
    public bool Follows(string client, int version, int current) => client == clientId && version == baseVersion && current == Version;

    /// <summary>Transforms the next operation as <c>DocumentLog.Rebase</c> would at the end of the list, and moves the remotes past it.</summary>
    public TextOperation Extend(TextOperation operation)
    {
        var mapped = new MappedOperation(operation);
        foreach (var remote in Remotes)
        {
            mapped.MovePast(remote);
        }

        return mapped.Operation;
    }
}
