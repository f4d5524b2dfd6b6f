using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Accounts;
using Kooperationsraum.Web.Components.Shared;
using Kooperationsraum.Web.Hosting;
using Kooperationsraum.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Kooperationsraum.Web.Components.Pages.Account;

public sealed partial class SetupPage
{
    private List<string> errors = [];

    [Inject] private FirstAdministratorSetup Setup { get; set; } = null!;

    [Inject] private SignInManager<AccountUser> SignIn { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = null!;

    [SupplyParameterFromForm(Name = "Input")] private SetupForm? Posted { get; set; }

    private SetupForm Input => Posted ??= new();

    protected override async Task OnInitializedAsync()
    {
        // Once an administrator exists the page is gone: nobody else may make themselves one.
        if (!await Setup.IsOpenAsync())
        {
            Navigation.NavigateTo(AccountWebExtensions.LoginPath);
        }
    }

    private async Task SetUpAsync()
    {
        if (Input.Password != Input.ConfirmPassword)
        {
            errors = [Text["Account.Error.ConfirmationDiffers"]];
            return;
        }

        if (string.IsNullOrWhiteSpace(Input.OrganisationName) || string.IsNullOrWhiteSpace(Input.DisplayName) || string.IsNullOrWhiteSpace(Input.Email))
        {
            errors = [Text["Account.Error.Incomplete"]];
            return;
        }

        try
        {
            var (account, result) = await Setup.CreateAsync(new FirstAdministrator(
                Input.OrganisationName, Input.OrganisationKind, Input.City, Input.DisplayName, Input.Email, Input.Password));
            if (account is null)
            {
                errors = [.. result.Errors.Select(error => error.Description)];
                return;
            }

            await SignIn.SignInAsync(account, isPersistent: false);
        }
        catch (WorkspaceRuleException refusal)
        {
            errors = [Text.Describe(refusal)];
            return;
        }

        Navigation.NavigateTo("/");
    }
}
