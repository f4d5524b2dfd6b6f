using Kooperationsraum.Grains.Interfaces.Accounts;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Accounts;
using Kooperationsraum.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Kooperationsraum.Web.Services;

/// <summary>
/// Administrators' management of people's accounts. Every method demands an administrator here, and the directory and
/// account grains demand it again for whatever they change.
/// </summary>
public sealed class AccountService(IGrainFactory grains, IActorAccessor actors, UserManager<AccountUser> users, TimeProvider time)
{
    private IDirectoryGrain Directory => grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);

    /// <summary>The account of every person of the directory who has one.</summary>
    public async Task<IReadOnlyList<AccountSummary>> GetAccountsAsync()
    {
        DemandAdministrator();
        var now = time.GetUtcNow();
        var summaries = new List<AccountSummary>();
        foreach (var person in await Directory.GetPeopleAsync())
        {
            if (await grains.GetGrain<IAccountGrain>(person.Id).GetAsync() is { } account)
            {
                summaries.Add(new AccountSummary(
                    account.PersonId,
                    account.Email ?? string.Empty,
                    account.IsAdministrator,
                    account.LockoutEnd > now,
                    account.PasswordHash is not null,
                    account.Invitation is { } invitation && invitation.ExpiresAt > now,
                    account.MustChangePassword));
            }
        }

        return summaries;
    }

    /// <summary>
    /// Adds the person to the directory with an account whose password the administrator chose; the person must
    /// choose their own at first sign-in.
    /// </summary>
    public async Task<IdentityResult> CreateWithPasswordAsync(Person person, string initialPassword)
    {
        var account = await NewAccountAsync(person);
        account.MustChangePassword = true;
        var result = await users.CreateAsync(account, initialPassword);
        return result;
    }

    /// <summary>Adds the person to the directory with an account without password, and returns a one-time invitation link's path.</summary>
    public async Task<(string? InvitationPath, IdentityResult Result)> CreateWithInvitationAsync(Person person)
    {
        var account = await NewAccountAsync(person);
        var result = await users.CreateAsync(account);
        return result.Succeeded ? (await InviteAsync(person.Id), result) : (null, result);
    }

    /// <summary>A new invitation link for an account that has no password yet; an earlier link stops working.</summary>
    public async Task<string> InviteAsync(string personId)
    {
        var token = InvitationToken.NewToken();
        await grains.GetGrain<IAccountGrain>(personId).InviteAsync(
            actors.Current, new AccountInvitation(InvitationToken.Hash(token), time.GetUtcNow() + InvitationToken.Lifetime));
        return InvitationToken.Path(personId, token);
    }

    public Task SetLockedAsync(string personId, bool locked) =>
        grains.GetGrain<IAccountGrain>(personId).SetLockedAsync(actors.Current, locked);

    public Task SetAdministratorAsync(string personId, bool isAdministrator) =>
        grains.GetGrain<IAccountGrain>(personId).SetAdministratorAsync(actors.Current, isAdministrator);

    private async Task<AccountUser> NewAccountAsync(Person person)
    {
        DemandAdministrator();
        var added = await Directory.AddPersonAsync(actors.Current, person);
        if (added.Email.Length == 0)
        {
            throw new WorkspaceRuleException(WorkspaceError.InvalidDetails, "An account needs an e-mail address to sign in with.", [nameof(Person.Email)]);
        }

        return new AccountUser { Id = added.Id, UserName = added.Email, Email = added.Email, EmailConfirmed = true };
    }

    private void DemandAdministrator()
    {
        if (!actors.Current.IsAdministrator)
        {
            throw new WorkspaceRuleException(WorkspaceError.NotAllowed, $"Only administrators manage accounts; {actors.Current.PersonId} is none.", []);
        }
    }
}
