using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;

namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>One operation submitted on its own, as an editor sends it when it has nothing else unconfirmed.</summary>
public static class DocumentGrainExtensions
{
    public static async Task<SubmitResult> SubmitAsync(
        this IDocumentGrain document, Actor actor, OperationId id, int baseVersion, TextOperation operation) =>
        (await document.SubmitAsync(actor, baseVersion, [new UnconfirmedOperation(id, operation)])).Single();
}
