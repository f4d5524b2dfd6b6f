namespace Kooperationsraum.Web.Components.Pages.Account;

/// <summary>What the password change form posts.</summary>
public sealed class PasswordChangeForm
{
    public string CurrentPassword { get; set; } = string.Empty;

    public string NewPassword { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}
