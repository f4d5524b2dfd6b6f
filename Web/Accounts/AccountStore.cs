using Kooperationsraum.Grains.Interfaces.Accounts;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Microsoft.AspNetCore.Identity;

namespace Kooperationsraum.Web.Accounts;

/// <summary>
/// ASP.NET Core Identity's user store on the grain host: one account grain per person, found by the account index.
/// Accounts therefore live in the same grain storage as everything else (SQLite or PostgreSQL), with no schema of
/// their own. A lookup through the index is checked against the account itself, because the index is written first.
/// </summary>
public sealed class AccountStore(IGrainFactory grains, IdentityErrorDescriber errors) :
    IUserPasswordStore<AccountUser>,
    IUserSecurityStampStore<AccountUser>,
    IUserLockoutStore<AccountUser>,
    IUserEmailStore<AccountUser>,
    IUserLoginStore<AccountUser>
{
    private IAccountIndexGrain Index => grains.GetGrain<IAccountIndexGrain>(IAccountIndexGrain.DefaultKey);

    public async Task<IdentityResult> CreateAsync(AccountUser user, CancellationToken cancellationToken)
    {
        var outcome = await Account(user.Id).CreateAsync(user.ToRecord(user.ConcurrencyStamp));
        return Result(outcome, user);
    }

    public async Task<IdentityResult> UpdateAsync(AccountUser user, CancellationToken cancellationToken)
    {
        var expected = user.ConcurrencyStamp;
        var renewed = Guid.NewGuid().ToString("N");
        var outcome = await Account(user.Id).UpdateAsync(user.ToRecord(renewed), expected);
        if (outcome == AccountWriteOutcome.Saved)
        {
            user.ConcurrencyStamp = renewed;
        }

        return Result(outcome, user);
    }

    public async Task<IdentityResult> DeleteAsync(AccountUser user, CancellationToken cancellationToken)
    {
        await Account(user.Id).DeleteAsync();
        return IdentityResult.Success;
    }

    public async Task<AccountUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(userId) ? null : await LoadAsync(userId, _ => true);

    public async Task<AccountUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        await Index.FindByUserNameAsync(normalizedUserName) is { } personId
            ? await LoadAsync(personId, account => account.NormalizedUserName == normalizedUserName)
            : null;

    public async Task<AccountUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        await Index.FindByEmailAsync(normalizedEmail) is { } personId
            ? await LoadAsync(personId, account => account.NormalizedEmail == normalizedEmail)
            : null;

    public async Task<AccountUser?> FindByLoginAsync(string loginProvider, string providerKey, CancellationToken cancellationToken) =>
        await Index.FindByLoginAsync(loginProvider, providerKey) is { } personId
            ? await LoadAsync(personId, account => account.Logins.Any(l => l.LoginProvider == loginProvider && l.ProviderKey == providerKey))
            : null;

    public Task<string> GetUserIdAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

    public Task<string?> GetUserNameAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(AccountUser user, string? userName, CancellationToken cancellationToken)
    {
        user.UserName = userName ?? string.Empty;
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(AccountUser user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(user.NormalizedUserName);

    public Task SetNormalizedUserNameAsync(AccountUser user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.NormalizedUserName = normalizedName ?? string.Empty;
        return Task.CompletedTask;
    }

    public Task SetPasswordHashAsync(AccountUser user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetSecurityStampAsync(AccountUser user, string stamp, CancellationToken cancellationToken)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(AccountUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.LockoutEnd = lockoutEnd;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(AccountUser user, CancellationToken cancellationToken) =>
        Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(AccountUser user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnabled);

    public Task SetLockoutEnabledAsync(AccountUser user, bool enabled, CancellationToken cancellationToken)
    {
        user.LockoutEnabled = enabled;
        return Task.CompletedTask;
    }

    public Task SetEmailAsync(AccountUser user, string? email, CancellationToken cancellationToken)
    {
        user.Email = email;
        return Task.CompletedTask;
    }

    public Task<string?> GetEmailAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult(user.Email);

    public Task<bool> GetEmailConfirmedAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult(user.EmailConfirmed);

    public Task SetEmailConfirmedAsync(AccountUser user, bool confirmed, CancellationToken cancellationToken)
    {
        user.EmailConfirmed = confirmed;
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedEmailAsync(AccountUser user, CancellationToken cancellationToken) => Task.FromResult(user.NormalizedEmail);

    public Task SetNormalizedEmailAsync(AccountUser user, string? normalizedEmail, CancellationToken cancellationToken)
    {
        user.NormalizedEmail = normalizedEmail;
        return Task.CompletedTask;
    }

    public Task AddLoginAsync(AccountUser user, UserLoginInfo login, CancellationToken cancellationToken)
    {
        user.Logins.Add(new AccountLogin(login.LoginProvider, login.ProviderKey, login.ProviderDisplayName));
        return Task.CompletedTask;
    }

    public Task RemoveLoginAsync(AccountUser user, string loginProvider, string providerKey, CancellationToken cancellationToken)
    {
        user.Logins.RemoveAll(login => login.LoginProvider == loginProvider && login.ProviderKey == providerKey);
        return Task.CompletedTask;
    }

    public Task<IList<UserLoginInfo>> GetLoginsAsync(AccountUser user, CancellationToken cancellationToken) =>
        Task.FromResult<IList<UserLoginInfo>>([.. user.Logins.Select(login => new UserLoginInfo(login.LoginProvider, login.ProviderKey, login.DisplayName))]);

    public void Dispose()
    {
    }

    private IAccountGrain Account(string personId) => grains.GetGrain<IAccountGrain>(personId);

    private async Task<AccountUser?> LoadAsync(string personId, Func<AccountRecord, bool> stillMatches) =>
        await Account(personId).GetAsync() is { } record && stillMatches(record) ? AccountUser.From(record) : null;

    private IdentityResult Result(AccountWriteOutcome outcome, AccountUser user) => outcome switch
    {
        AccountWriteOutcome.Saved => IdentityResult.Success,
        AccountWriteOutcome.UserNameTaken => IdentityResult.Failed(errors.DuplicateUserName(user.UserName)),
        AccountWriteOutcome.EmailTaken => IdentityResult.Failed(errors.DuplicateEmail(user.Email ?? string.Empty)),
        AccountWriteOutcome.LoginTaken => IdentityResult.Failed(errors.LoginAlreadyAssociated()),
        _ => IdentityResult.Failed(errors.ConcurrencyFailure()),
    };
}
