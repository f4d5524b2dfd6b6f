namespace Kooperationsraum.Grains.Interfaces.People;

/// <summary>The kind of a partner organisation (Kommune, Hochschule, Landesbehörde, Unternehmen, Verein).</summary>
public enum OrganisationKind
{
    Municipality,
    University,
    StateAgency,
    Company,
    Association,
}
