using Kooperationsraum.Grains.Interfaces.Accounts;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kooperationsraum.Tests.Accounts;

/// <summary>Password rules, and the account grain's own checks of who may change what.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AccountRulesTests(WebAppFixture app)
{
    [Theory]
    [InlineData("kurz", "PasswordTooShort")]
    [InlineData("aaaaaaaaaaaaaaa", "PasswordRequiresUniqueChars")]
    [InlineData("Passwort2026!!", "PasswordGuessable")]
    [InlineData("123456789012345", "PasswordGuessable")]
    [InlineData("kooperationsraum1", "PasswordGuessable")]
    public async Task AWeakPasswordIsRefusedWithItsReason(string password, string reason)
    {
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var account = new AccountUser { Id = Guid.NewGuid().ToString("N"), UserName = "schwach@kooperationsraum.example", Email = "schwach@kooperationsraum.example" };

        var result = await users.CreateAsync(account, password);

        result.Succeeded.Should().BeFalse();
        result.Errors.Select(e => e.Code).Should().Contain(reason);
        (await users.FindByIdAsync(account.Id)).Should().BeNull();
    }

    [Fact]
    public async Task ANonAdministratorCanNeitherLockNorPromoteAnAccount()
    {
        var mallory = await app.CreatePersonaAsync("Mallory Meier");
        var victim = await app.CreatePersonaAsync("Nora Opfer");
        var account = app.Grains.GetGrain<IAccountGrain>(victim.Actor.PersonId);

        var lockIt = () => account.SetLockedAsync(mallory.Actor, locked: true);
        var promoteSelf = () => app.Grains.GetGrain<IAccountGrain>(mallory.Actor.PersonId).SetAdministratorAsync(mallory.Actor, true);

        (await lockIt.Should().ThrowAsync<WorkspaceRuleException>()).Which.Error.Should().Be(WorkspaceError.NotAllowed);
        (await promoteSelf.Should().ThrowAsync<WorkspaceRuleException>()).Which.Error.Should().Be(WorkspaceError.NotAllowed);
        var stored = (await account.GetAsync())!;
        stored.LockoutEnd.Should().BeNull();
        (await app.Grains.GetGrain<IAccountGrain>(mallory.Actor.PersonId).GetAsync())!.IsAdministrator.Should().BeFalse();
    }

    [Fact]
    public async Task NobodyBecomesTheFirstAdministratorOnceThereIsOne()
    {
        var late = await app.CreatePersonaAsync("Otto Spät");

        var became = await app.Grains.GetGrain<IAccountGrain>(late.Actor.PersonId).BecomeFirstAdministratorAsync();

        became.Should().BeFalse();
        (await app.Grains.GetGrain<IAccountGrain>(late.Actor.PersonId).GetAsync())!.IsAdministrator.Should().BeFalse();
    }

    [Fact]
    public async Task TwoAccountsCannotShareAnEmailAddress()
    {
        var first = await app.CreatePersonaAsync("Paula Erste");
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var second = new AccountUser { Id = Guid.NewGuid().ToString("N"), UserName = first.Email, Email = first.Email };

        var result = await users.CreateAsync(second, "Eine ganz andere Wiese 9");

        result.Succeeded.Should().BeFalse();
        (await users.FindByEmailAsync(first.Email))!.Id.Should().Be(first.Actor.PersonId);
    }
}
