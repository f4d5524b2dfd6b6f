namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>
/// A document as its workspace lists it. <see cref="Changed"/> is the latest change the workspace knows of (creation,
/// rename or visibility); edits of the text are the document's own business and its grain tells about them.
/// </summary>
public sealed record WorkspaceDocument(string Id, string Title, ChangeStamp Created, ChangeStamp Changed, DocumentVisibility Visibility);
