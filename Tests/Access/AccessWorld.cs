using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Accounts;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Accounts;
using Kooperationsraum.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kooperationsraum.Tests.Access;

/// <summary>
/// The people of the access matrix, created once per running product and signed in through the real sign-in form,
/// and the scenes they act on. Each scene is a fresh workspace, so cells never see each other's changes.
/// </summary>
public sealed class AccessWorld
{
    private static readonly ConditionalWeakTable<WebAppFixture, Task<AccessWorld>> Worlds = new();

    private readonly Dictionary<AccessPersona, Persona> personas;
    private readonly Organisation lead;
    private readonly Organisation partner;

    // Scoped dependencies of the services (Identity's user manager) as one circuit holds them; cells run one at a time.
    private readonly IServiceScope services;

    private AccessWorld(WebAppFixture app, Dictionary<AccessPersona, Persona> personas, Organisation lead, Organisation partner, Person bystander, Organisation bystanderOrganisation)
    {
        App = app;
        Bystander = bystander;
        BystanderOrganisation = bystanderOrganisation;
        services = app.Factory.Services.CreateScope();
        this.personas = personas;
        this.lead = lead;
        this.partner = partner;
    }

    public WebAppFixture App { get; }

    /// <summary>A person with an account but no password yet, never signed in: what administrators' calls act on.</summary>
    public Person Bystander { get; }

    /// <summary>An organisation of nobody else in the matrix, which administrators' calls may change.</summary>
    public Organisation BystanderOrganisation { get; }

    /// <summary>The world of <paramref name="app"/>'s product, made on first use.</summary>
    public static Task<AccessWorld> OfAsync(WebAppFixture app) => Worlds.GetValue(app, CreateAsync);

    public Persona PersonaOf(AccessPersona who) => personas[who];

    /// <summary>The persona's signed-in session; null for <see cref="AccessPersona.Anonymous"/>.</summary>
    public async Task<CookieContainer?> CookiesOfAsync(AccessPersona who) =>
        who == AccessPersona.Anonymous ? null : await App.SignInAsync(personas[who]);

    /// <summary>A hub connection of the persona; anonymous ones are refused by the server before the handshake.</summary>
    public async Task<HubProtocolClient> ConnectHubAsync(string path, AccessPersona who) =>
        await HubProtocolClient.ConnectAsync(App.BaseAddress, path, await CookiesOfAsync(who));

    /// <summary>A fresh workspace in which the personas hold the roles their names say.</summary>
    public async Task<AccessScene> CreateSceneAsync(string purpose)
    {
        var coordination = personas[AccessPersona.Coordination].Actor;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var title = $"Matrixraum {purpose} {suffix}";
        var workspace = App.Grains.GetGrain<IWorkspaceGrain>(Guid.NewGuid().ToString("N"));
        var created = await workspace.CreateAsync(
            App.Administrator.Actor,
            new WorkspaceDetails(WorkspaceKind.Cooperation, title, "Vertrauliche Ziele " + suffix, [lead.Id, partner.Id]));
        await AddAsync(workspace, AccessPersona.Coordination, WorkspaceRole.Coordination);
        await AddAsync(workspace, AccessPersona.Member, WorkspaceRole.Member);
        await AddAsync(workspace, AccessPersona.Guest, WorkspaceRole.Guest);
        await AddAsync(workspace, AccessPersona.OtherOrganisation, WorkspaceRole.Member);
        var task = await workspace.CreateTaskAsync(coordination, created.Columns[0].Id, TaskDraft.Titled("Matrixaufgabe " + suffix));
        SceneDocument[] documents =
        [
            await CreateDocumentAsync(workspace, AccessDocument.AllPartners, $"Matrixdokument {suffix}", DocumentVisibilityMode.AllPartners, []),
            await CreateDocumentAsync(
                workspace, AccessDocument.NamedOrganisations, $"Benanntes Matrixdokument {suffix}", DocumentVisibilityMode.NamedOrganisations, [BystanderOrganisation.Id]),
            await CreateDocumentAsync(workspace, AccessDocument.OwnOrganisation, $"Internes Matrixdokument {suffix}", DocumentVisibilityMode.OwnOrganisation, []),
        ];
        var first = documents[0];
        return new AccessScene(created.Id, title, created.Columns[0].Id, created.Columns[1].Id, task.Id, first.Id, first.Title, first.Text, documents);
    }

    // Koordination creates each document, so it belongs to the lead organisation, and writes a text into it.
    private async Task<SceneDocument> CreateDocumentAsync(
        IWorkspaceGrain workspace, AccessDocument kind, string title, DocumentVisibilityMode visibility, IReadOnlyList<string> organisationIds)
    {
        var coordination = personas[AccessPersona.Coordination].Actor;
        var document = await workspace.CreateDocumentAsync(coordination, title, visibility, organisationIds);
        var text = $"Vertraulicher Inhalt {kind} {document.Id[..8]}";
        await App.Grains.GetGrain<IDocumentGrain>(document.Id).SubmitAsync(
            coordination, 0, [new UnconfirmedOperation(new OperationId("matrix-" + document.Id[..8], 1), TextOperation.Replace(0, 0, 0, text))]);
        return new SceneDocument(kind, document.Id, title, text);
    }

    /// <summary>
    /// Everything of the scene an administrator can read, as one string: workspace (details, members, board,
    /// documents, version), its activity, and each document's text, version and history. Equal strings: nothing changed.
    /// </summary>
    public async Task<string> StateOfAsync(AccessScene scene)
    {
        var administrator = App.Administrator.Actor;
        var workspace = App.Grains.GetGrain<IWorkspaceGrain>(scene.WorkspaceId);
        var snapshot = await workspace.GetAsync(administrator);
        var activity = await workspace.GetActivityAsync(administrator, 100);
        var documentStates = new List<object>();
        foreach (var sceneDocument in scene.Documents)
        {
            var document = App.Grains.GetGrain<IDocumentGrain>(sceneDocument.Id);
            try
            {
                documentStates.Add(new
                {
                    Info = await document.GetInfoAsync(),
                    Text = await document.GetSnapshotAsync(administrator),
                    History = await document.GetHistoryAsync(administrator, 100),
                });
            }
            catch (DocumentRuleException refusal)
            {
                documentStates.Add(refusal.Error.ToString());
            }
        }

        var registry = await App.Grains.GetGrain<IWorkspaceRegistryGrain>(IWorkspaceRegistryGrain.DefaultKey).ListAsync();
        return JsonSerializer.Serialize(new
        {
            snapshot,
            activity = activity.Select(e => e.ToString()),
            documentStates,
            summary = registry.FirstOrDefault(s => s.Id == scene.WorkspaceId),
            people = (await App.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey).GetPeopleAsync()).Count,
            organisations = (await App.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey).GetOrganisationsAsync()).Count,
            bystanderOrganisation = (await App.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey).GetOrganisationsAsync())
                .FirstOrDefault(o => o.Id == BystanderOrganisation.Id),
            bystander = await App.Grains.GetGrain<IAccountGrain>(Bystander.Id).GetAsync(),
        });
    }

    /// <summary>A service of the Web project as the persona's circuit holds it.</summary>
    public T ServiceFor<T>(AccessPersona who) where T : class =>
        (T)ServiceFor(typeof(T), who);

    public object ServiceFor(Type serviceType, AccessPersona who) =>
        serviceType.GetConstructors().Any(constructor => constructor.GetParameters().Any(parameter => parameter.ParameterType == typeof(IActorAccessor)))
            ? ActivatorUtilities.CreateInstance(services.ServiceProvider, serviceType, new FixedActor(personas[who].Actor))
            : ActivatorUtilities.CreateInstance(services.ServiceProvider, serviceType);

    private Task AddAsync(IWorkspaceGrain workspace, AccessPersona who, WorkspaceRole role)
    {
        var actor = personas[who].Actor;
        return workspace.AddMemberAsync(App.Administrator.Actor, actor.PersonId, actor.DisplayName, actor.OrganisationId, role);
    }

    private static async Task<AccessWorld> CreateAsync(WebAppFixture app)
    {
        var directory = app.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var lead = await directory.AddOrganisationAsync(
            app.Administrator.Actor, new Organisation($"matrix-lead-{suffix}", $"Stadt Matrixhausen {suffix}", OrganisationKind.Municipality, "Matrixhausen"));
        var partner = await directory.AddOrganisationAsync(
            app.Administrator.Actor, new Organisation($"matrix-partner-{suffix}", $"Hochschule Matrixberg {suffix}", OrganisationKind.University, "Matrixberg"));
        var personas = new Dictionary<AccessPersona, Persona>
        {
            [AccessPersona.NonMember] = await app.CreatePersonaAsync("Nora Nichtmitglied", lead.Id),
            [AccessPersona.OtherOrganisation] = await app.CreatePersonaAsync("Paul Partner", partner.Id),
            [AccessPersona.Guest] = await app.CreatePersonaAsync("Gesa Gast", lead.Id),
            [AccessPersona.Member] = await app.CreatePersonaAsync("Mia Mitglied", lead.Id),
            [AccessPersona.Coordination] = await app.CreatePersonaAsync("Konrad Koordination", lead.Id),
            [AccessPersona.Administrator] = app.Administrator,
        };
        var bystanderOrganisation = await directory.AddOrganisationAsync(
            app.Administrator.Actor, new Organisation($"matrix-bystander-{suffix}", $"Verein Matrixrand {suffix}", OrganisationKind.Association, "Matrixrand"));
        var bystander = await directory.AddPersonAsync(
            app.Administrator.Actor, new Person($"matrix-bystander-{suffix}", "Berta Beistehend", $"bystander-{suffix}@kooperationsraum.example", bystanderOrganisation.Id));
        using (var scope = app.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
            var created = await users.CreateAsync(new AccountUser { Id = bystander.Id, UserName = bystander.Email, Email = bystander.Email, EmailConfirmed = true });
            created.Succeeded.Should().BeTrue(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        return new AccessWorld(app, personas, lead, partner, bystander, bystanderOrganisation);
    }
}
