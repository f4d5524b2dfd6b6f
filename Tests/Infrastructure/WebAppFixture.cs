using System.Collections.Concurrent;
using System.Net;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Accounts;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>
/// One running product per test collection: starting Kestrel and the grain host is the expensive part. Its first
/// administrator comes from configuration; tests create further people with accounts and sign them in through the
/// real sign-in form.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Task<CookieContainer>> sessions = new();
    private readonly ConcurrentDictionary<string, Task<Persona>> cast = new();

    public KooperationsraumAppFactory Factory { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IGrainFactory Grains => Factory.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The configured first administrator.</summary>
    public Persona Administrator { get; private set; } = null!;

    /// <summary>The administrator's signed-in session.</summary>
    public CookieContainer AdministratorCookies { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        BaseAddress = Factory.BaseAddress;
        Administrator = await PersonaOfAsync(Factory, KooperationsraumAppFactory.AdministratorEmail, KooperationsraumAppFactory.AdministratorPassword);
        AdministratorCookies = await SignInAsync(Administrator);
    }

    /// <summary>The persona of an existing account of <paramref name="factory"/>'s product.</summary>
    public static async Task<Persona> PersonaOfAsync(KooperationsraumAppFactory factory, string email, string password)
    {
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var personId = await grains.GetGrain<IAccountIndexGrain>(IAccountIndexGrain.DefaultKey).FindByEmailAsync(email.ToUpperInvariant())
            ?? throw new InvalidOperationException($"No account has the e-mail address {email}.");
        var person = (await grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey).GetPersonAsync(personId))!;
        var account = (await grains.GetGrain<IAccountGrain>(personId).GetAsync())!;
        return new Persona(new Actor(person.Id, person.DisplayName, person.OrganisationId, account.IsAdministrator), email, password);
    }

    /// <summary>A partner organisation other than the administrator's, for personas of another organisation.</summary>
    public static readonly Organisation PartnerOrganisation = new("test-partner", "Hochschule Testfeld", OrganisationKind.University, "Cottbus");

    /// <summary>
    /// A new person with an account in <see cref="PartnerOrganisation"/> (or <paramref name="organisationId"/>),
    /// created by the administrator, with a password of their own.
    /// </summary>
    public async Task<Persona> CreatePersonaAsync(string displayName, string? organisationId = null)
    {
        var directory = Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);
        var suffix = Guid.NewGuid().ToString("N")[..10];
        organisationId ??= (await directory.AddOrganisationAsync(Administrator.Actor, PartnerOrganisation)).Id;
        var person = await directory.AddPersonAsync(
            Administrator.Actor, new Person($"person-{suffix}", displayName, $"{suffix}@kooperationsraum.example", organisationId));
        return await CreateAccountAsync(person, isAdministrator: false);
    }

    /// <summary>
    /// The account of a person of a test scenario's cast (<c>WorkspaceScenario</c>), with the same person id, name and
    /// organisation as the scenario's actor, so that grain-level scenarios can be replayed over hubs and HTTP. Created once.
    /// </summary>
    public Task<Persona> CastAsync(Actor actor) => cast.GetOrAdd(actor.PersonId, _ => CreateCastAccountAsync(actor));

    private async Task<Persona> CreateCastAccountAsync(Actor actor)
    {
        var directory = Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);
        await directory.AddOrganisationAsync(
            Administrator.Actor, new Organisation(actor.OrganisationId, actor.OrganisationId, OrganisationKind.Municipality, string.Empty));
        var person = await directory.AddPersonAsync(
            Administrator.Actor, new Person(actor.PersonId, actor.DisplayName, $"{actor.PersonId}@cast.kooperationsraum.example", actor.OrganisationId));
        return await CreateAccountAsync(person, actor.IsAdministrator);
    }

    private async Task<Persona> CreateAccountAsync(Person person, bool isAdministrator)
    {
        var password = "Sommerwiese " + Guid.NewGuid().ToString("N")[..8];
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var account = new AccountUser { Id = person.Id, UserName = person.Email, Email = person.Email, EmailConfirmed = true };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        return new Persona(new Actor(person.Id, person.DisplayName, person.OrganisationId, isAdministrator), person.Email, password);
    }

    /// <summary>The persona's signed-in session, signed in once through the sign-in form and then reused.</summary>
    public Task<CookieContainer> SignInAsync(Persona persona) =>
        sessions.GetOrAdd(persona.Email, _ => AccountSignIn.SignInAsync(BaseAddress, persona.Email, persona.Password));

    /// <summary>A hub connection of the persona (the administrator when none is named).</summary>
    public async Task<HubProtocolClient> ConnectHubAsync(string hubPath, Persona? persona = null) =>
        await HubProtocolClient.ConnectAsync(BaseAddress, hubPath, await SignInAsync(persona ?? Administrator));

    /// <summary>An HTTP client that sends <paramref name="cookies"/> (none: anonymous) and follows no redirect.</summary>
    public HttpClient CreateClient(CookieContainer? cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>Creates a fresh project workspace, so that tests sharing the host never see each other's boards.</summary>
    public async Task<WorkspaceSnapshot> CreateWorkspaceAsync(string title)
    {
        var details = new WorkspaceDetails(WorkspaceKind.Cooperation, title, string.Empty, [Administrator.Actor.OrganisationId]);
        return await Grains.GetGrain<IWorkspaceGrain>(Guid.NewGuid().ToString("N")).CreateAsync(Administrator.Actor, details);
    }

    /// <summary>
    /// Creates an active online service project of the administrator's organisation in <paramref name="cooperation"/>,
    /// begun a month ago and ending in six months.
    /// </summary>
    public async Task<WorkspaceSnapshot> CreateProjectAsync(WorkspaceSnapshot cooperation, string title)
    {
        var details = new WorkspaceDetails(
            WorkspaceKind.Project,
            title,
            string.Empty,
            [Administrator.Actor.OrganisationId],
            StartsOn: DateOnly.FromDateTime(DateTime.Today.AddMonths(-1)),
            EndsOn: DateOnly.FromDateTime(DateTime.Today.AddMonths(6)),
            CooperationId: cooperation.Id,
            Category: ProjectCategory.OnlineService,
            Status: ProjectStatus.Active);
        return await Grains.GetGrain<IWorkspaceGrain>(Guid.NewGuid().ToString("N")).CreateAsync(Administrator.Actor, details);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
    }
}
