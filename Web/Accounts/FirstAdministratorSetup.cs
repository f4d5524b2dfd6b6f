using Kooperationsraum.Grains.Interfaces.Accounts;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Kooperationsraum.Web.Accounts;

/// <summary>
/// Creates the first administrator, while the platform has none. Whoever reaches the setup page first sets the platform
/// up, so the page is open only until then; the account index decides atomically who is first.
/// </summary>
public sealed class FirstAdministratorSetup(UserManager<AccountUser> users, IGrainFactory grains, IdentityErrorDescriber errors)
{
    private IAccountIndexGrain Index => grains.GetGrain<IAccountIndexGrain>(IAccountIndexGrain.DefaultKey);

    /// <summary>Whether the platform still waits for its first administrator.</summary>
    public async Task<bool> IsOpenAsync() => !await Index.HasAdministratorAsync();

    /// <summary>
    /// Creates organisation, person and administrator account; returns the account, or the reasons why not (then the
    /// directory may hold the new organisation and person, which an administrator can reuse).
    /// </summary>
    public async Task<(AccountUser? Account, IdentityResult Result)> CreateAsync(FirstAdministrator request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await IsOpenAsync())
        {
            return (null, IdentityResult.Failed(Closed()));
        }

        var email = request.Email.Trim();
        var account = new AccountUser { Id = NewId(), UserName = email, Email = email, EmailConfirmed = true };
        foreach (var validator in users.PasswordValidators)
        {
            if (await validator.ValidateAsync(users, account, request.Password) is { Succeeded: false } refused)
            {
                return (null, refused);
            }
        }

        var directory = grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);
        var organisation = await directory.AddOrganisationAsync(
            SystemActor.Instance, new Organisation(NewId(), request.OrganisationName, request.OrganisationKind, request.City));
        await directory.AddPersonAsync(SystemActor.Instance, new Person(account.Id, request.DisplayName, email, organisation.Id));
        var created = await users.CreateAsync(account, request.Password);
        if (!created.Succeeded)
        {
            return (null, created);
        }

        if (!await grains.GetGrain<IAccountGrain>(account.Id).BecomeFirstAdministratorAsync())
        {
            await users.DeleteAsync(account);
            return (null, IdentityResult.Failed(Closed()));
        }

        return (await users.FindByIdAsync(account.Id), IdentityResult.Success);
    }

    private IdentityError Closed() => new() { Code = "SetupClosed", Description = errors.DefaultError().Description };

    private static string NewId() => Guid.NewGuid().ToString("N");
}
