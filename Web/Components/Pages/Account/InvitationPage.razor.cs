using Kooperationsraum.Web.Accounts;
using Kooperationsraum.Web.Resources;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Kooperationsraum.Web.Components.Pages.Account;

/// <summary>
/// Where an invited person chooses their password. The link works once: setting the password closes the invitation in
/// the same write (a second, concurrent use fails on the account's concurrency stamp), and it expires after
/// <see cref="InvitationToken.Lifetime"/>.
/// </summary>
public sealed partial class InvitationPage
{
    private AccountUser? account;
    private string displayName = string.Empty;
    private List<string> errors = [];

    [Parameter] public string PersonId { get; set; } = string.Empty;

    [SupplyParameterFromQuery(Name = "token")] private string? Token { get; set; }

    [Inject] private UserManager<AccountUser> Users { get; set; } = null!;

    [Inject] private SignInManager<AccountUser> SignIn { get; set; } = null!;

    [Inject] private DirectoryService Directory { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = null!;

    [SupplyParameterFromForm(Name = "Input")] private InvitationForm? Posted { get; set; }

    private InvitationForm Input => Posted ??= new();

    protected override async Task OnInitializedAsync()
    {
        var found = PersonId.Length is > 0 and <= 64 ? await Users.FindByIdAsync(PersonId) : null;
        if (found is not null && found.PasswordHash is null && InvitationToken.Opens(found.Invitation, Token, Time.GetUtcNow()))
        {
            account = found;
            displayName = (await Directory.GetPersonAsync(found.Id))?.DisplayName ?? found.UserName;
        }
    }

    private async Task AcceptAsync()
    {
        if (account is null)
        {
            return;
        }

        if (Input.Password != Input.ConfirmPassword)
        {
            errors = [Text["Account.Error.ConfirmationDiffers"]];
            return;
        }

        account.Invitation = null;
        var result = await Users.AddPasswordAsync(account, Input.Password);
        if (!result.Succeeded)
        {
            errors = [.. result.Errors.Select(error => error.Description)];
            return;
        }

        await SignIn.SignInAsync(account, isPersistent: false);
        Navigation.NavigateTo("/");
    }
}
