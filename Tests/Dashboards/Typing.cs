using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;

namespace Kooperationsraum.Tests.Dashboards;

/// <summary>Types into a document as an editor does, each call from an editor of its own (a new client id).</summary>
public static class Typing
{
    /// <summary>Appends <paramref name="text"/> to the current text on behalf of <paramref name="actor"/>, as one operation.</summary>
    public static async Task<SubmitResult> TypeAsync(IDocumentGrain document, Actor actor, string text)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(actor);
        var current = await document.GetSnapshotAsync(actor);
        var end = current.Text.Length;
        var results = await document.SubmitAsync(
            actor, current.Version, [new UnconfirmedOperation(new OperationId(Guid.NewGuid().ToString("N"), 1), TextOperation.Replace(end, end, end, text))]);
        return results.Single();
    }
}
