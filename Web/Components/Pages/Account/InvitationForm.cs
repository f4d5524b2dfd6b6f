namespace Kooperationsraum.Web.Components.Pages.Account;

/// <summary>What the invitation form posts; the token stays in the link's query.</summary>
public sealed class InvitationForm
{
    public string Password { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}
