using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Documents;

/// <summary>What a document is besides its text: workspace, title, stamps, and whether it was deleted.</summary>
internal sealed record DocumentHeader(string WorkspaceId, string Title, ChangeStamp? Created, ChangeStamp? Changed, bool Deleted)
{
    public static readonly DocumentHeader None = new(string.Empty, string.Empty, null, null, false);

    public bool Exists => Created is not null && !Deleted;

    public static DocumentHeader Of(DocumentState state) => new(state.WorkspaceId, state.Title, state.Created, state.Changed, state.Deleted);
}
