namespace Kooperationsraum.Tests.Access;

/// <summary>
/// A fresh workspace for one cell of the matrix, so that what one allowed call changes never meets another cell:
/// two columns, one task, and three documents with some text, created by Koordination, one of each
/// <see cref="AccessDocument">visibility</see>. <see cref="DocumentId"/>, <see cref="DocumentTitle"/> and
/// <see cref="DocumentText"/> name the one the cell acts on (see <see cref="About"/>).
/// </summary>
public sealed record AccessScene(
    string WorkspaceId,
    string WorkspaceTitle,
    string FirstColumnId,
    string SecondColumnId,
    string TaskId,
    string DocumentId,
    string DocumentTitle,
    string DocumentText,
    IReadOnlyList<SceneDocument> Documents)
{
    /// <summary>The scene with <paramref name="kind"/> as the document its cell acts on.</summary>
    public AccessScene About(AccessDocument kind)
    {
        var document = Documents.Single(each => each.Kind == kind);
        return this with { DocumentId = document.Id, DocumentTitle = document.Title, DocumentText = document.Text };
    }

    /// <summary>Everything of the scene that must not reach a caller who is refused: the workspace's title, every document's title and text.</summary>
    public IReadOnlyList<string> Secrets => [WorkspaceTitle, .. Documents.SelectMany(document => new[] { document.Title, document.Text })];

    /// <summary>
    /// What <paramref name="persona"/> may not see of the scene, whatever they call: all of it for those who are no
    /// members, the documents kept from the partner organisation for its member.
    /// </summary>
    public IReadOnlyList<string> HiddenFrom(AccessPersona persona) => persona switch
    {
        AccessPersona.Anonymous or AccessPersona.NonMember => Secrets,
        AccessPersona.OtherOrganisation => [.. Documents.Where(document => !document.SeenByPartner).SelectMany(document => new[] { document.Title, document.Text })],
        _ => [],
    };
}
