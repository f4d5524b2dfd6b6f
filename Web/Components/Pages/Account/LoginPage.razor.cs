using Kooperationsraum.Web.Accounts;
using Kooperationsraum.Web.Hosting;
using Kooperationsraum.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Kooperationsraum.Web.Components.Pages.Account;

public sealed partial class LoginPage
{
    private string? message;

    [Inject] private SignInManager<AccountUser> SignIn { get; set; } = null!;

    [Inject] private FirstAdministratorSetup Setup { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = null!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = null!;

    [SupplyParameterFromForm(Name = "Input")] private LoginForm? Posted { get; set; }

    private LoginForm Input => Posted ??= new();

    [SupplyParameterFromQuery] private string? ReturnUrl { get; set; }

    protected override async Task OnInitializedAsync()
    {
        // Nobody can sign in before the first administrator exists; send the visitor where that happens.
        if (HttpMethods.IsGet(HttpContext.Request.Method) && await Setup.IsOpenAsync())
        {
            Navigation.NavigateTo(AccountWebExtensions.SetupPath);
        }
    }

    private async Task SignInAsync()
    {
        var result = await SignIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            Navigation.NavigateTo(LocalReturnUrl.Or(ReturnUrl, "/"));
            return;
        }

        message = result.IsLockedOut ? Text["Account.Login.LockedOut"] : Text["Account.Login.Failed"];
    }
}
