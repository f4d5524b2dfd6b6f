using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>Documents set up through a grain, and edits typed into them.</summary>
public static class HostedDocument
{
    /// <summary>A document id no other test uses, so that tests can share a host and its database.</summary>
    public static string NewId() => $"doc-{Guid.NewGuid():N}";

    /// <summary>A document Anna created in a workspace of her own.</summary>
    public static async Task<IDocumentGrain> CreateAsync(IDocumentGrain document, string title = "Protokoll Lenkungskreis")
    {
        await document.CreateAsync(Anna, "koop-digitalisierung", title);
        return document;
    }

    /// <summary>Inserts <paramref name="text"/> at <paramref name="position"/> of the current version, as one operation.</summary>
    public static async Task<SubmitResult> TypeAsync(IDocumentGrain document, OperationId id, int position, string text)
    {
        var current = await document.GetSnapshotAsync();
        return await document.SubmitAsync(
            ActorOf(id), id, current.Version, TextOperation.Replace(current.Text.Length, position, position, text));
    }

    /// <summary>The cast member whose person id is the client id's prefix, so that history can be checked against ids.</summary>
    public static Actor ActorOf(OperationId id) =>
        id.ClientId.StartsWith("ben", StringComparison.Ordinal) ? Ben
        : id.ClientId.StartsWith("dora", StringComparison.Ordinal) ? Dora
        : Anna;
}
