namespace Kooperationsraum.Web.Components.Pages.Account;

/// <summary>What the sign-in form posts.</summary>
public sealed class LoginForm
{
    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}
