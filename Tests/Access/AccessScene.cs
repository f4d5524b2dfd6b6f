namespace Kooperationsraum.Tests.Access;

/// <summary>
/// A fresh workspace for one cell of the matrix, so that what one allowed call changes never meets another cell:
/// two columns, one task, and a document with some text, created by Koordination.
/// </summary>
public sealed record AccessScene(
    string WorkspaceId,
    string WorkspaceTitle,
    string FirstColumnId,
    string SecondColumnId,
    string TaskId,
    string DocumentId,
    string DocumentTitle,
    string DocumentText);
