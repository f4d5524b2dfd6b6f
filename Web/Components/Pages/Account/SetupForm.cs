using Kooperationsraum.Grains.Interfaces.People;

namespace Kooperationsraum.Web.Components.Pages.Account;

/// <summary>What the one-time setup form posts.</summary>
public sealed class SetupForm
{
    public string OrganisationName { get; set; } = string.Empty;

    public OrganisationKind OrganisationKind { get; set; } = OrganisationKind.Municipality;

    public string City { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}
