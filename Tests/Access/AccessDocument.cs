namespace Kooperationsraum.Tests.Access;

/// <summary>
/// Which of a scene's documents a cell acts on. All three belong to the lead organisation (Koordination created them);
/// the partner organisation, and so <see cref="AccessPersona.OtherOrganisation"/>, sees only the first.
/// </summary>
public enum AccessDocument
{
    /// <summary>Visible to all partners of the workspace.</summary>
    AllPartners,

    /// <summary>Visible to the lead organisation and a named organisation other than the partner.</summary>
    NamedOrganisations,

    /// <summary>Kept within the lead organisation.</summary>
    OwnOrganisation,
}
