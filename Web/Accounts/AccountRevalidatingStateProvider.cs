using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kooperationsraum.Web.Accounts;

/// <summary>
/// A Blazor circuit lives on after its cookie was checked once. This checks the circuit's principal against its account
/// as often as the cookie is checked, so a locked or deleted account, or a changed password or administrator flag, ends
/// an open circuit's rights within the same interval: the circuit becomes anonymous and its grain calls are refused.
/// </summary>
public sealed class AccountRevalidatingStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> options,
    IOptions<SecurityStampValidatorOptions> stampOptions) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => stampOptions.Value.ValidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var principal = authenticationState.User;
        if (principal.FindFirstValue(options.Value.ClaimsIdentity.UserIdClaimType) is not { } personId
            || await users.FindByIdAsync(personId) is not { } account
            || await users.IsLockedOutAsync(account))
        {
            return false;
        }

        return principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType) == await users.GetSecurityStampAsync(account);
    }
}
