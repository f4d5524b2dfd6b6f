using System.Net;
using System.Net.WebSockets;
using System.Security.Claims;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Accounts;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Accounts;
using Kooperationsraum.Web.Hubs;
using Kooperationsraum.Web.Identity;
using Kooperationsraum.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Kooperationsraum.Tests.Accounts;

/// <summary>Administrators manage accounts; invitations work once and expire; nobody else gets in.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AdministrationTests(WebAppFixture app)
{
    [Fact]
    public async Task AnInvitationLinkSetsThePasswordOnceAndSignsThePersonIn()
    {
        var (person, path) = await InviteAsync("Quirin Lange");
        using var invitee = app.CreateClient(cookies: null);

        var form = await invitee.GetStringAsync(path);
        using var accepted = await PostInvitationAsync(invitee, path, form, "Neue Brücke über die Spree 5");
        using var again = await app.CreateClient(cookies: null).GetAsync(path);
        var signIn = () => AccountSignIn.SignInAsync(app.BaseAddress, person.Email, "Neue Brücke über die Spree 5");

        WebUtility.HtmlDecode(form).Should().Contain("Willkommen, Quirin Lange!");
        accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        accepted.Headers.Location!.AbsolutePath.Should().Be("/");
        accepted.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith("Kooperationsraum.Account=", StringComparison.Ordinal));
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).Should().Contain("ungültig, abgelaufen oder wurde schon verwendet");
        await signIn.Should().NotThrowAsync();
    }

    [Fact]
    public async Task ASecondUseOfAnInvitationLinkChangesNothing()
    {
        var (person, path) = await InviteAsync("Rosa Zweimal");
        using var first = app.CreateClient(cookies: null);
        using var second = app.CreateClient(cookies: null);
        var firstForm = await first.GetStringAsync(path);
        var secondForm = await second.GetStringAsync(path);

        using var accepted = await PostInvitationAsync(first, path, firstForm, "Erste Wahl am Kanal 12");
        using var late = await PostInvitationAsync(second, path, secondForm, "Zweite Wahl am Kanal 34");
        var signInWithLate = () => AccountSignIn.SignInAsync(app.BaseAddress, person.Email, "Zweite Wahl am Kanal 34");

        accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        late.StatusCode.Should().NotBe(HttpStatusCode.Redirect, "the closed invitation renders no form to post to");
        (late.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).Should()
            .NotContain(c => c.StartsWith("Kooperationsraum.Account=", StringComparison.Ordinal));
        await signInWithLate.Should().ThrowAsync<InvalidOperationException>();
    }

    [Fact]
    public async Task AnExpiredInvitationLinkIsRefused()
    {
        var (person, _) = await InviteAsync("Sven Spät");
        var token = InvitationToken.NewToken();
        await app.Grains.GetGrain<IAccountGrain>(person.Id).InviteAsync(
            app.Administrator.Actor, new AccountInvitation(InvitationToken.Hash(token), DateTimeOffset.UtcNow.AddMinutes(-1)));
        using var invitee = app.CreateClient(cookies: null);

        var page = WebUtility.HtmlDecode(await invitee.GetStringAsync(InvitationToken.Path(person.Id, token)));

        page.Should().Contain("ungültig, abgelaufen").And.NotContain("invitation-password");
    }

    [Fact]
    public async Task AnInvitationLinkWithAWrongTokenIsRefused()
    {
        var (person, _) = await InviteAsync("Tina Falsch");
        using var invitee = app.CreateClient(cookies: null);

        var page = WebUtility.HtmlDecode(await invitee.GetStringAsync(InvitationToken.Path(person.Id, InvitationToken.NewToken())));

        page.Should().Contain("ungültig, abgelaufen").And.NotContain("invitation-password");
    }

    [Fact]
    public async Task AStartPasswordMustBeChangedBeforeAnythingElse()
    {
        var person = NewPerson("Uwe Start") with { OrganisationId = app.Administrator.Actor.OrganisationId };
        var created = await AsAdministrator(accounts => accounts.CreateWithPasswordAsync(person, "Startwort für Uwe 2026"));
        var cookies = await AccountSignIn.SignInAsync(app.BaseAddress, person.Email, "Startwort für Uwe 2026");
        using var client = app.CreateClient(cookies);

        using var home = await client.GetAsync("/");
        var hubRefusal = await Record.ExceptionAsync(() => HubProtocolClient.ConnectAsync(app.BaseAddress, WorkspaceHub.Path, cookies));
        var form = await client.GetStringAsync("/account/password");
        using var changed = await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "password",
            ["__RequestVerificationToken"] = AccountSignIn.HiddenValue(form, "__RequestVerificationToken"),
            ["Input.CurrentPassword"] = "Startwort für Uwe 2026",
            ["Input.NewPassword"] = "Eigenes Wort von Uwe 77",
            ["Input.ConfirmPassword"] = "Eigenes Wort von Uwe 77",
        }));
        using var homeAfterwards = await client.GetAsync("/");

        created.Succeeded.Should().BeTrue();
        home.StatusCode.Should().Be(HttpStatusCode.Redirect);
        home.Headers.Location!.OriginalString.Should().Be("/account/password");
        hubRefusal.Should().BeOfType<WebSocketException>();
        WebUtility.HtmlDecode(await changed.Content.ReadAsStringAsync()).Should().Contain("Ihr Passwort ist geändert.");
        homeAfterwards.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ALockedAccountCannotSignInUntilUnlocked()
    {
        var persona = await app.CreatePersonaAsync("Vera Gesperrt");

        await AsAdministrator(async accounts => { await accounts.SetLockedAsync(persona.Actor.PersonId, locked: true); return true; });
        var whileLocked = () => AccountSignIn.SignInAsync(app.BaseAddress, persona.Email, persona.Password);
        await whileLocked.Should().ThrowAsync<InvalidOperationException>();
        await AsAdministrator(async accounts => { await accounts.SetLockedAsync(persona.Actor.PersonId, locked: false); return true; });
        var afterwards = () => AccountSignIn.SignInAsync(app.BaseAddress, persona.Email, persona.Password);

        await afterwards.Should().NotThrowAsync();
    }

    [Fact]
    public async Task TheAccountsPageIsForAdministratorsOnly()
    {
        var persona = await app.CreatePersonaAsync("Walter Neugierig");
        using var administrator = app.CreateClient(app.AdministratorCookies);
        using var member = app.CreateClient(await app.SignInAsync(persona));

        using var asAdministrator = await administrator.GetAsync("/admin/accounts");
        using var asMember = await member.GetAsync("/admin/accounts");

        asAdministrator.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await asAdministrator.Content.ReadAsStringAsync()).Should().Contain("Walter Neugierig");
        asMember.StatusCode.Should().Be(HttpStatusCode.Redirect);
        asMember.Headers.Location!.AbsolutePath.Should().Be("/not-found");
    }

    [Fact]
    public async Task ANonAdministratorIsRefusedByTheAccountServiceAndTheGrains()
    {
        var persona = await app.CreatePersonaAsync("Xaver Versuch");
        var organisations = await app.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey).GetOrganisationsAsync();
        var own = organisations.Single(o => o.Id == persona.Actor.OrganisationId);

        var list = () => As(persona.Actor, accounts => accounts.GetAccountsAsync());
        var invite = () => As(persona.Actor, accounts => accounts.CreateWithInvitationAsync(NewPerson("Yvonne Heimlich") with { OrganisationId = own.Id }));
        var rename = () => app.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey).UpdateOrganisationAsync(persona.Actor, own with { Name = "Übernommen" });

        (await list.Should().ThrowAsync<WorkspaceRuleException>()).Which.Error.Should().Be(WorkspaceError.NotAllowed);
        (await invite.Should().ThrowAsync<WorkspaceRuleException>()).Which.Error.Should().Be(WorkspaceError.NotAllowed);
        (await rename.Should().ThrowAsync<WorkspaceRuleException>()).Which.Error.Should().Be(WorkspaceError.NotAllowed);
        (await app.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey).GetPeopleAsync()).Should().NotContain(p => p.DisplayName == "Yvonne Heimlich");
        (await app.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey).GetOrganisationsAsync()).Should().Contain(own);
    }

    [Fact]
    public async Task AnAdministratorEditsAnOrganisation()
    {
        var directory = app.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);
        var own = await directory.AddOrganisationAsync(
            app.Administrator.Actor, new Organisation($"org-{Guid.NewGuid():N}", "FH Umbenennen", OrganisationKind.Company, string.Empty));

        await directory.UpdateOrganisationAsync(app.Administrator.Actor, own with { Name = "  Hochschule Lausitz ", Kind = OrganisationKind.University, City = "Senftenberg" });

        (await directory.GetOrganisationsAsync()).Should().ContainEquivalentOf(new Organisation(own.Id, "Hochschule Lausitz", OrganisationKind.University, "Senftenberg"));
    }

    private static Person NewPerson(string name)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        return new Person($"person-{suffix}", name, $"{suffix}@kooperationsraum.example", string.Empty);
    }

    private async Task<(Person Person, string Path)> InviteAsync(string name)
    {
        var person = NewPerson(name) with { OrganisationId = app.Administrator.Actor.OrganisationId };
        var (path, result) = await AsAdministrator(accounts => accounts.CreateWithInvitationAsync(person));
        result.Succeeded.Should().BeTrue();
        return (person, path!);
    }

    private Task<T> AsAdministrator<T>(Func<AccountService, Task<T>> call) => As(app.Administrator.Actor, call);

    // The service as a request of this person would see it: the scope's actor comes from the same claims a cookie carries.
    private async Task<T> As<T>(Actor actor, Func<AccountService, Task<T>> call)
    {
        using var scope = app.Factory.Services.CreateScope();
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, actor.PersonId),
            new(ActorClaims.DisplayName, actor.DisplayName),
            new(ActorClaims.OrganisationId, actor.OrganisationId),
        };
        if (actor.IsAdministrator)
        {
            claims.Add(new Claim(ClaimTypes.Role, ActorClaims.AdministratorRole));
        }

        scope.ServiceProvider.GetRequiredService<ClaimsActorAccessor>().Use(new ClaimsPrincipal(new ClaimsIdentity(claims, "Tests")));
        return await call(scope.ServiceProvider.GetRequiredService<AccountService>());
    }

    private static Task<HttpResponseMessage> PostInvitationAsync(HttpClient client, string path, string form, string password) =>
        client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "invitation",
            ["__RequestVerificationToken"] = AccountSignIn.HiddenValue(form, "__RequestVerificationToken"),
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        }));
}
