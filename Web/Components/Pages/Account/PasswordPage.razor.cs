using Kooperationsraum.Web.Accounts;
using Kooperationsraum.Web.Identity;
using Kooperationsraum.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Kooperationsraum.Web.Components.Pages.Account;

public sealed partial class PasswordPage
{
    private List<string> errors = [];
    private bool changed;
    private bool mustChange;

    [Inject] private UserManager<AccountUser> Users { get; set; } = null!;

    [Inject] private SignInManager<AccountUser> SignIn { get; set; } = null!;

    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = null!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = null!;

    [SupplyParameterFromForm(Name = "Input")] private PasswordChangeForm? Posted { get; set; }

    private PasswordChangeForm Input => Posted ??= new();

    protected override void OnInitialized() =>
        mustChange = HttpContext.User.HasClaim(claim => claim.Type == ActorClaims.MustChangePassword);

    private async Task ChangeAsync()
    {
        if (Input.NewPassword != Input.ConfirmPassword)
        {
            errors = [Text["Account.Error.ConfirmationDiffers"]];
            return;
        }

        var account = await Users.GetUserAsync(HttpContext.User);
        if (account is null)
        {
            errors = [Text["Account.Error.DefaultError"]];
            return;
        }

        // Changing the password renews the security stamp, which ends the account's other sessions at their next check.
        account.MustChangePassword = false;
        var result = await Users.ChangePasswordAsync(account, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            errors = [.. result.Errors.Select(error => error.Description)];
            return;
        }

        await SignIn.RefreshSignInAsync(account);
        changed = true;
        mustChange = false;
    }
}
