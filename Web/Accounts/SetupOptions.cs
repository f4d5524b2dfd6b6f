using Kooperationsraum.Grains.Interfaces.People;

namespace Kooperationsraum.Web.Accounts;

/// <summary>
/// The first administrator, from configuration (section <c>Kooperationsraum:Setup</c>), for an operator who sets the
/// platform up unattended. Without e-mail and password the first start shows the one-time setup page instead; there
/// is no default password.
/// </summary>
public sealed class SetupOptions
{
    public const string SectionName = "Kooperationsraum:Setup";

    public string? AdministratorEmail { get; set; }

    public string? AdministratorPassword { get; set; }

    public string? AdministratorName { get; set; }

    public string? OrganisationName { get; set; }

    public OrganisationKind OrganisationKind { get; set; } = OrganisationKind.Municipality;

    public string? City { get; set; }
}
