using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Tests.Grains.Hosting;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>Documents set up through a grain, and edits typed into them.</summary>
public static class HostedDocument
{
    /// <summary>A document id no other test uses, so that tests can share a host and its database.</summary>
    public static string NewId() => $"doc-{Guid.NewGuid():N}";

    /// <summary>
    /// Document <paramref name="id"/>, created by Anna in a new workspace of hers with Ben and Dora as members and Gina as
    /// guest, so that the cast has the rights the document checks. It is created directly rather than through the
    /// workspace, so that tests choose its id.
    /// </summary>
    public static async Task<IDocumentGrain> CreateAsync(WorkspaceHost host, string id, string title = "Protokoll Lenkungskreis")
    {
        var workspaceId = HostedWorkspace.NewId();
        await HostedWorkspace.CreateWithCastAsync(host.Workspace(workspaceId));
        var document = host.Document(id);
        await document.CreateAsync(Anna, workspaceId, title);
        return document;
    }

    /// <summary>Inserts <paramref name="text"/> at <paramref name="position"/> of the current version, as one operation.</summary>
    public static async Task<SubmitResult> TypeAsync(IDocumentGrain document, OperationId id, int position, string text)
    {
        var current = await document.GetSnapshotAsync(ActorOf(id));
        return await document.SubmitAsync(
            ActorOf(id), id, current.Version, TextOperation.Replace(current.Text.Length, position, position, text));
    }

    /// <summary>The cast member whose person id is the client id's prefix, so that history can be checked against ids.</summary>
    public static Actor ActorOf(OperationId id) =>
        id.ClientId.StartsWith("ben", StringComparison.Ordinal) ? Ben
        : id.ClientId.StartsWith("dora", StringComparison.Ordinal) ? Dora
        : Anna;
}
