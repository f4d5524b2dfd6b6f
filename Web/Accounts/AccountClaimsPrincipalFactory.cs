using System.Security.Claims;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kooperationsraum.Web.Accounts;

/// <summary>
/// Adds to Identity's claims (person id, user name, e-mail, security stamp) what an <see cref="Actor"/> needs: the
/// person's display name and organisation from the directory, and the administrator role.
/// </summary>
public sealed class AccountClaimsPrincipalFactory(
    UserManager<AccountUser> users,
    IOptions<IdentityOptions> options,
    IGrainFactory grains) : UserClaimsPrincipalFactory<AccountUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AccountUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var person = await grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey).GetPersonAsync(user.Id)
            ?? throw new InvalidOperationException($"Account {user.Id} has no person in the directory.");
        identity.AddClaim(new Claim(ActorClaims.DisplayName, person.DisplayName));
        identity.AddClaim(new Claim(ActorClaims.OrganisationId, person.OrganisationId));
        if (user.IsAdministrator)
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, ActorClaims.AdministratorRole));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(ActorClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
