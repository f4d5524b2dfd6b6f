namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>
/// Identifies one operation of one editor: the editor's client id (CodeMirror collab's <c>clientID</c>) and a
/// sequence number that starts at 1 and grows by one per operation. A resent operation keeps its id, which is
/// how the document recognises it and acknowledges it again instead of applying it twice. An editor that
/// starts afresh (a reload) takes a new client id: numbers from 1 under a known id would count as resends.
/// </summary>
public sealed record OperationId(string ClientId, int Sequence)
{
    public override string ToString() => $"{ClientId}#{Sequence}";
}
