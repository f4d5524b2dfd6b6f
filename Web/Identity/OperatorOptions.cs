using Kooperationsraum.Grains.Interfaces.People;

namespace Kooperationsraum.Web.Identity;

/// <summary>
/// The one local operator the product acts as until accounts exist. Section <c>Kooperationsraum:Operator</c>.
/// </summary>
public sealed class OperatorOptions
{
    public const string SectionName = "Kooperationsraum:Operator";

    public string PersonId { get; set; } = "operator";

    public string DisplayName { get; set; } = "Lokaler Betrieb";

    public string Email { get; set; } = "betrieb@localhost";

    public string OrganisationId { get; set; } = "operator-organisation";

    public string OrganisationName { get; set; } = "Betreiberorganisation";

    public OrganisationKind OrganisationKind { get; set; } = OrganisationKind.Municipality;

    public string City { get; set; } = string.Empty;
}
