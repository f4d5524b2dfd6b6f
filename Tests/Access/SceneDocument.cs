namespace Kooperationsraum.Tests.Access;

/// <summary>One document of an <see cref="AccessScene"/>: which one, its id, and the title and text that must not leak.</summary>
public sealed record SceneDocument(AccessDocument Kind, string Id, string Title, string Text)
{
    /// <summary>Whether members of the partner organisation may see it.</summary>
    public bool SeenByPartner => Kind == AccessDocument.AllPartners;
}
