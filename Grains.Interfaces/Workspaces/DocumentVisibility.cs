namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>
/// Who may see a document: <see cref="Mode"/>, the organisation that owns the document (its creator's) and, for
/// <see cref="DocumentVisibilityMode.NamedOrganisations"/>, the partner organisations named besides it.
/// </summary>
public sealed record DocumentVisibility(DocumentVisibilityMode Mode, string OwnerOrganisationId, IReadOnlyList<string> OrganisationIds)
{
    /// <summary>Every member sees it; what documents stored before visibility existed load as.</summary>
    public static DocumentVisibility AllPartners(string ownerOrganisationId) => new(DocumentVisibilityMode.AllPartners, ownerOrganisationId, []);

    /// <summary>Equal when mode, owner and the named organisations in order are, so that two reads of one visibility compare equal.</summary>
    public bool Equals(DocumentVisibility? other) =>
        other is not null && Mode == other.Mode && OwnerOrganisationId == other.OwnerOrganisationId
        && OrganisationIds.SequenceEqual(other.OrganisationIds, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Mode, OwnerOrganisationId, OrganisationIds.Count);
}
