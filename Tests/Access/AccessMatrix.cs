using System.Net;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Exports;
using Kooperationsraum.Web.Hubs;
using Kooperationsraum.Web.PersonalData;
using Kooperationsraum.Web.Services;
using static Kooperationsraum.Tests.Access.AccessPersona;

namespace Kooperationsraum.Tests.Access;

/// <summary>
/// Who may use which entry point of the product on a workspace and its document. Every page, endpoint, hub method and
/// Web service method must have a row: <see cref="AccessMatrixTests"/> finds them in the running product and fails,
/// naming it, for any without one.
/// </summary>
public static class AccessMatrix
{
    public static readonly IReadOnlySet<AccessPersona> Everyone = Set(Anonymous, NonMember, OtherOrganisation, Guest, Member, Coordination, Administrator);
    public static readonly IReadOnlySet<AccessPersona> SignedIn = Set(NonMember, OtherOrganisation, Guest, Member, Coordination, Administrator);
    public static readonly IReadOnlySet<AccessPersona> Readers = Set(OtherOrganisation, Guest, Member, Coordination, Administrator);
    public static readonly IReadOnlySet<AccessPersona> Editors = Set(OtherOrganisation, Member, Coordination, Administrator);
    public static readonly IReadOnlySet<AccessPersona> Coordinators = Set(Coordination, Administrator);
    public static readonly IReadOnlySet<AccessPersona> Administrators = Set(Administrator);
    public static readonly IReadOnlySet<AccessPersona> Nobody = Set();

    /// <summary>Who may read the scene's document visible to all partners: its workspace's readers.</summary>
    public static readonly IReadOnlySet<AccessPersona> DocumentReaders = Readers;

    /// <summary>Who may edit the scene's document visible to all partners: its workspace's editors.</summary>
    public static readonly IReadOnlySet<AccessPersona> DocumentEditors = Editors;

    /// <summary>Who may read a document kept from the partner organisation: the workspace's readers but its member.</summary>
    public static readonly IReadOnlySet<AccessPersona> RestrictedDocumentReaders = Set(Guest, Member, Coordination, Administrator);

    /// <summary>Who may edit a document kept from the partner organisation: the workspace's editors but its member.</summary>
    public static readonly IReadOnlySet<AccessPersona> RestrictedDocumentEditors = Set(Member, Coordination, Administrator);

    public static readonly IReadOnlyList<AccessEntry> Entries =
    [
        .. Pages(),
        .. Endpoints(),
        .. WorkspaceHubMethods(),
        .. DocumentHubMethods(),
        .. WorkspaceServiceMethods(),
        .. DocumentServiceMethods(),
        .. DirectoryServiceMethods(),
        .. RegistryServiceMethods(),
        .. AccountServiceMethods(),
        .. Dashboards(),
        .. Visibility(),
    ];

    public static AccessEntry Find(string name) => Entries.Single(entry => entry.Name == name);

    /// <summary>
    /// A page of a workspace, document or cooperation that a signed-in persona may not see answers 404 with the
    /// not-found panel, as it does for one that does not exist (<see cref="NotFoundStatusTests"/>).
    /// </summary>
    private static IEnumerable<AccessEntry> Pages()
    {
        yield return Page("/", Readers, call => call.PageAsync("/", call.Scene.WorkspaceTitle));
        yield return Page("/directory", SignedIn, call => call.PageAsync("/directory", null));
        yield return Page("/workspaces/{WorkspaceId}", Readers, call => call.PageAsync($"/workspaces/{call.Scene.WorkspaceId}", call.Scene.WorkspaceTitle, HttpStatusCode.NotFound));
        yield return Page("/workspaces/{WorkspaceId}/documents/{DocumentId}", DocumentReaders, call =>
            call.PageAsync($"/workspaces/{call.Scene.WorkspaceId}/documents/{call.Scene.DocumentId}", call.Scene.DocumentText, HttpStatusCode.NotFound))
            .OnEveryDocument(RestrictedDocumentReaders);
        yield return Page("/not-found", SignedIn, call => call.PageAsync("/not-found", "not-found-heading", shownStatus: HttpStatusCode.NotFound));
        yield return Page("/login", Everyone, call => call.PageAsync("/login", "login-password"));
        yield return Page("/account/password", SignedIn, call => call.PageAsync("/account/password", null));
        yield return Page("/admin/accounts", Administrators, call => call.PageAsync("/admin/accounts", call.World.App.Administrator.Email));

        // An invitation link is for whoever holds it; one with a wrong token shows that it is invalid, to anybody.
        yield return Page("/invitation/{PersonId}", Everyone, call => call.PageAsync($"/invitation/{call.World.Bystander.Id}?token=falsch", null));

        // The product has its administrator, so the one-time setup is closed to everybody.
        yield return Page("/setup", Nobody, call => call.PageAsync("/setup", "setup-organisation"));
    }

    private static IEnumerable<AccessEntry> Endpoints()
    {
        yield return Endpoint($"GET {PersonalDataEndpoints.Path}", SignedIn, call =>
            call.HttpAsync(client => client.GetAsync(PersonalDataEndpoints.Path), HttpStatusCode.OK));
        yield return Endpoint("GET /culture", Everyone, call => call.HttpAsync(client => client.GetAsync("/culture?name=en-GB&returnUrl=/"), HttpStatusCode.Redirect));
        yield return Endpoint("POST /logout", SignedIn, SignOutAsync);
        yield return Endpoint("GET /api/documents/{documentId}/export.md", DocumentReaders, call =>
            call.HttpAsync(client => client.GetAsync(DocumentExportEndpoints.MarkdownPath(call.Scene.DocumentId)), HttpStatusCode.OK))
            .OnEveryDocument(RestrictedDocumentReaders);
        yield return Endpoint("GET /api/documents/{documentId}/export.html", DocumentReaders, call =>
            call.HttpAsync(client => client.GetAsync(DocumentExportEndpoints.HtmlPath(call.Scene.DocumentId)), HttpStatusCode.OK))
            .OnEveryDocument(RestrictedDocumentReaders);
        yield return Endpoint("POST /hubs/workspaces/negotiate", SignedIn, call => NegotiateAsync(call, WorkspaceHub.Path));
        yield return Endpoint("POST /hubs/documents/negotiate", SignedIn, call => NegotiateAsync(call, DocumentHub.Path));
        yield return Endpoint("POST /_blazor/negotiate", SignedIn, call => NegotiateAsync(call, "/_blazor"));

        // Blazor's own endpoints: what they answer is the framework's business; the matrix checks who gets through.
        yield return Endpoint("ANY /_blazor/disconnect/", SignedIn, call => call.ReachesAsync(client => client.PostAsync("/_blazor/disconnect/", content: null)));
        yield return Endpoint("ANY /_blazor/initializers/", SignedIn, call => call.ReachesAsync(client => client.GetAsync("/_blazor/initializers/")));
        yield return Endpoint("GET /_framework/opaque-redirect", SignedIn, call => call.ReachesAsync(client => client.GetAsync("/_framework/opaque-redirect")));
        yield return Endpoint("GET /{**path:file}", SignedIn, call => call.ReachesAsync(client => client.GetAsync("/gibt-es-nicht.txt")));
        yield return Endpoint("HEAD /{**path:file}", SignedIn, call => call.ReachesAsync(client => client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/gibt-es-nicht.txt"))));
    }

    private static IEnumerable<AccessEntry> WorkspaceHubMethods()
    {
        yield return Hub(nameof(WorkspaceHub), nameof(WorkspaceHub.JoinWorkspaceAsync), Readers, call => call.HubAsync(WorkspaceHub.Path, hub =>
            hub.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.JoinWorkspaceAsync), call.Scene.WorkspaceId)));
        yield return Hub(nameof(WorkspaceHub), nameof(WorkspaceHub.GetWorkspaceAsync), Readers, call => call.HubAsync(WorkspaceHub.Path, hub =>
            hub.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.GetWorkspaceAsync), call.Scene.WorkspaceId)));

        // Leaving a group one is not in changes nothing, so anybody signed in may.
        yield return Hub(nameof(WorkspaceHub), nameof(WorkspaceHub.LeaveWorkspaceAsync), SignedIn, call => call.HubAsync(WorkspaceHub.Path, hub =>
            hub.InvokeAsync(nameof(WorkspaceHub.LeaveWorkspaceAsync), call.Scene.WorkspaceId)));
        yield return Hub(nameof(WorkspaceHub), nameof(WorkspaceHub.CreateTaskAsync), Editors, call => call.HubAsync(WorkspaceHub.Path, hub =>
            hub.InvokeAsync<BoardTask>(nameof(WorkspaceHub.CreateTaskAsync), call.Scene.WorkspaceId, call.Scene.FirstColumnId, TaskDraft.Titled("Über den Hub"))));
        yield return Hub(nameof(WorkspaceHub), nameof(WorkspaceHub.MoveTaskAsync), Editors, call => call.HubAsync(WorkspaceHub.Path, hub =>
            hub.InvokeAsync(nameof(WorkspaceHub.MoveTaskAsync), call.Scene.WorkspaceId, call.Scene.TaskId, call.Scene.SecondColumnId, 0)));
    }

    private static IEnumerable<AccessEntry> DocumentHubMethods()
    {
        yield return Hub(nameof(DocumentHub), nameof(DocumentHub.OpenDocumentAsync), DocumentReaders, call => call.HubAsync(DocumentHub.Path, hub =>
            OpenAsync(hub, call))).OnEveryDocument(RestrictedDocumentReaders);
        yield return Hub(nameof(DocumentHub), nameof(DocumentHub.CloseDocumentAsync), SignedIn, call => call.HubAsync(DocumentHub.Path, hub =>
            hub.InvokeAsync(nameof(DocumentHub.CloseDocumentAsync), call.Scene.DocumentId))).OnEveryDocument(SignedIn);
        yield return Hub(nameof(DocumentHub), nameof(DocumentHub.SubmitAsync), DocumentEditors, call => call.HubAsync(DocumentHub.Path, async hub =>
        {
            await OpenAsync(hub, call);
            await hub.InvokeAsync<List<SubmitResult>>(nameof(DocumentHub.SubmitAsync), call.Scene.DocumentId, 1, new[]
            {
                new SubmittedOperation(new OperationId("matrix-" + Guid.NewGuid().ToString("N")[..8], 1), TextOperation.Replace(call.Scene.DocumentText.Length, 0, 0, "Neu: ")),
            });
        })).OnEveryDocument(RestrictedDocumentEditors);
        yield return Hub(nameof(DocumentHub), nameof(DocumentHub.GetSinceAsync), DocumentReaders, call => call.HubAsync(DocumentHub.Path, async hub =>
        {
            await OpenAsync(hub, call);
            await hub.InvokeAsync<List<AppliedOperation>>(nameof(DocumentHub.GetSinceAsync), call.Scene.DocumentId, 0);
        })).OnEveryDocument(RestrictedDocumentReaders);
        yield return Hub(nameof(DocumentHub), nameof(DocumentHub.UpdatePresenceAsync), DocumentReaders, call => call.HubAsync(DocumentHub.Path, async hub =>
        {
            await OpenAsync(hub, call);
            await hub.InvokeAsync(nameof(DocumentHub.UpdatePresenceAsync), call.Scene.DocumentId, 1, new[] { new PresenceRange(0, 3) });
        })).OnEveryDocument(RestrictedDocumentReaders);
        yield return Hub(nameof(DocumentHub), nameof(DocumentHub.GetPresenceAsync), DocumentReaders, call => call.HubAsync(DocumentHub.Path, async hub =>
        {
            await OpenAsync(hub, call);
            await hub.InvokeAsync<List<EditorPresence>>(nameof(DocumentHub.GetPresenceAsync), call.Scene.DocumentId);
        })).OnEveryDocument(RestrictedDocumentReaders);
    }

    private static IEnumerable<AccessEntry> WorkspaceServiceMethods()
    {
        // A new workspace of one's own touches no other; its creator coordinates it.
        yield return WorkspaceRow(nameof(WorkspaceService.CreateAsync), SignedIn, (service, scene) =>
            service.CreateAsync(new WorkspaceDetails(WorkspaceKind.Cooperation, "Eigener Raum", string.Empty, [])));
        yield return WorkspaceRow(nameof(WorkspaceService.GetAsync), Readers, (service, scene) => service.GetAsync(scene.WorkspaceId));
        yield return WorkspaceRow(nameof(WorkspaceService.UpdateDetailsAsync), Coordinators, (service, scene) =>
            service.UpdateDetailsAsync(scene.WorkspaceId, new WorkspaceDetails(WorkspaceKind.Cooperation, "Umbenannt", string.Empty, [])));
        yield return WorkspaceRow(nameof(WorkspaceService.AddMemberAsync), Coordinators, async (service, scene, world) =>
        {
            var outsider = world.PersonaOf(NonMember).Actor;
            await service.AddMemberAsync(scene.WorkspaceId, outsider.PersonId, outsider.DisplayName, outsider.OrganisationId, WorkspaceRole.Member);
        });
        yield return WorkspaceRow(nameof(WorkspaceService.ChangeMemberRoleAsync), Coordinators, (service, scene, world) =>
            service.ChangeMemberRoleAsync(scene.WorkspaceId, world.PersonaOf(Guest).Actor.PersonId, WorkspaceRole.Coordination));
        yield return WorkspaceRow(nameof(WorkspaceService.RemoveMemberAsync), Coordinators, (service, scene, world) =>
            service.RemoveMemberAsync(scene.WorkspaceId, world.PersonaOf(Member).Actor.PersonId));
        yield return WorkspaceRow(nameof(WorkspaceService.AddColumnAsync), Coordinators, (service, scene) => service.AddColumnAsync(scene.WorkspaceId, "Neue Spalte", 3));
        yield return WorkspaceRow(nameof(WorkspaceService.RenameColumnAsync), Coordinators, (service, scene) =>
            service.RenameColumnAsync(scene.WorkspaceId, scene.SecondColumnId, "Umbenannt"));
        yield return WorkspaceRow(nameof(WorkspaceService.SetColumnWipLimitAsync), Coordinators, (service, scene) =>
            service.SetColumnWipLimitAsync(scene.WorkspaceId, scene.SecondColumnId, 2));
        yield return WorkspaceRow(nameof(WorkspaceService.MoveColumnAsync), Coordinators, (service, scene) =>
            service.MoveColumnAsync(scene.WorkspaceId, scene.SecondColumnId, 0));
        yield return WorkspaceRow(nameof(WorkspaceService.RemoveColumnAsync), Coordinators, (service, scene) =>
            service.RemoveColumnAsync(scene.WorkspaceId, scene.SecondColumnId));
        yield return WorkspaceRow(nameof(WorkspaceService.CreateTaskAsync), Editors, (service, scene) =>
            service.CreateTaskAsync(scene.WorkspaceId, scene.FirstColumnId, TaskDraft.Titled("Neue Aufgabe")));
        yield return WorkspaceRow(nameof(WorkspaceService.UpdateTaskAsync), Editors, (service, scene) =>
            service.UpdateTaskAsync(scene.WorkspaceId, scene.TaskId, 1, TaskDraft.Titled("Geänderte Aufgabe")));
        yield return WorkspaceRow(nameof(WorkspaceService.MoveTaskAsync), Editors, (service, scene) =>
            service.MoveTaskAsync(scene.WorkspaceId, scene.TaskId, scene.SecondColumnId, 0));
        yield return WorkspaceRow(nameof(WorkspaceService.DeleteTaskAsync), Editors, (service, scene) =>
            service.DeleteTaskAsync(scene.WorkspaceId, scene.TaskId));
        yield return WorkspaceRow(nameof(WorkspaceService.AddCommentAsync), Readers, (service, scene) =>
            service.AddCommentAsync(scene.WorkspaceId, scene.TaskId, "Ein Kommentar"));
        yield return WorkspaceRow(nameof(WorkspaceService.CreateDocumentAsync), Editors, (service, scene) =>
            service.CreateDocumentAsync(scene.WorkspaceId, "Neues Dokument"));
        yield return WorkspaceRow(nameof(WorkspaceService.RenameDocumentAsync), DocumentEditors, (service, scene) =>
            service.RenameDocumentAsync(scene.WorkspaceId, scene.DocumentId, "Umbenanntes Dokument")).OnEveryDocument(RestrictedDocumentEditors);

        // Koordination created the scene's document, so only Koordination deletes it.
        yield return WorkspaceRow(nameof(WorkspaceService.DeleteDocumentAsync), Coordinators, (service, scene) =>
            service.DeleteDocumentAsync(scene.WorkspaceId, scene.DocumentId)).OnEveryDocument(Coordinators);
        yield return WorkspaceRow(nameof(WorkspaceService.GetActivityAsync), Readers, (service, scene) => service.GetActivityAsync(scene.WorkspaceId, 20));
        yield return WorkspaceRow(nameof(WorkspaceService.SubscribeAsync), Readers, async (service, scene) =>
        {
            await using var subscription = await service.SubscribeAsync(scene.WorkspaceId, _ => Task.CompletedTask);
        });
    }

    private static IEnumerable<AccessEntry> DocumentServiceMethods()
    {
        yield return DocumentRow(nameof(DocumentService.GetInfoAsync), DocumentReaders, (service, scene) => service.GetInfoAsync(scene.DocumentId))
            .OnEveryDocument(RestrictedDocumentReaders);
        yield return DocumentRow(nameof(DocumentService.GetSnapshotAsync), DocumentReaders, (service, scene) => service.GetSnapshotAsync(scene.DocumentId))
            .OnEveryDocument(RestrictedDocumentReaders);
        yield return DocumentRow(nameof(DocumentService.SubmitAsync), DocumentEditors, (service, scene) => service.SubmitAsync(scene.DocumentId, 1,
            [new UnconfirmedOperation(new OperationId("matrix-" + Guid.NewGuid().ToString("N")[..8], 1), TextOperation.Replace(scene.DocumentText.Length, 0, 0, "Neu: "))]))
            .OnEveryDocument(RestrictedDocumentEditors);
        yield return DocumentRow(nameof(DocumentService.GetSinceAsync), DocumentReaders, (service, scene) => service.GetSinceAsync(scene.DocumentId, 0))
            .OnEveryDocument(RestrictedDocumentReaders);
        yield return DocumentRow(nameof(DocumentService.SubscribeAsync), DocumentReaders, async (service, scene) =>
        {
            await using var subscription = await service.SubscribeAsync(scene.DocumentId, () => Task.CompletedTask, () => Task.CompletedTask);
        }).OnEveryDocument(RestrictedDocumentReaders);
        yield return DocumentRow(nameof(DocumentService.GetHistoryAsync), DocumentReaders, (service, scene) => service.GetHistoryAsync(scene.DocumentId, 10))
            .OnEveryDocument(RestrictedDocumentReaders);
        yield return DocumentRow(nameof(DocumentService.GetVersionAsync), DocumentReaders, (service, scene) => service.GetVersionAsync(scene.DocumentId, 1))
            .OnEveryDocument(RestrictedDocumentReaders);
        yield return DocumentRow(nameof(DocumentService.RestoreAsync), DocumentEditors, (service, scene) => service.RestoreAsync(scene.DocumentId, 0))
            .OnEveryDocument(RestrictedDocumentEditors);
    }

    private static IEnumerable<AccessEntry> DirectoryServiceMethods()
    {
        yield return Service<DirectoryService>(nameof(DirectoryService.GetOrganisationsAsync), SignedIn, (service, _, _) => service.GetOrganisationsAsync());
        yield return Service<DirectoryService>(nameof(DirectoryService.GetPeopleAsync), SignedIn, (service, _, _) => service.GetPeopleAsync());
        yield return Service<DirectoryService>(nameof(DirectoryService.GetPersonAsync), SignedIn, (service, _, world) => service.GetPersonAsync(world.Bystander.Id));
        yield return Service<DirectoryService>(nameof(DirectoryService.UpdateOrganisationAsync), Administrators, (service, _, world) =>
            service.UpdateOrganisationAsync(world.BystanderOrganisation with { City = "Umgezogen " + Guid.NewGuid().ToString("N")[..6] }));
        yield return Service<DirectoryService>(nameof(DirectoryService.AddOrganisationAsync), Administrators, (service, _, _) =>
            service.AddOrganisationAsync(new Organisation(Guid.NewGuid().ToString("N"), "Neue Organisation", OrganisationKind.Association, "Matrixdorf")));
        yield return Service<DirectoryService>(nameof(DirectoryService.AddPersonAsync), Administrators, async (service, _, world) =>
            await service.AddPersonAsync(new Person(Guid.NewGuid().ToString("N"), "Neue Person", $"{Guid.NewGuid():N}@kooperationsraum.example", world.PersonaOf(Member).Actor.OrganisationId)));
    }

    private static IEnumerable<AccessEntry> RegistryServiceMethods()
    {
        // The list is for everybody signed in, but names only the workspaces one may see.
        yield return new AccessEntry($"{nameof(WorkspaceRegistryService)}.{nameof(WorkspaceRegistryService.ListAsync)}", AccessEntryKind.Service, Readers, async call =>
        {
            var listed = await call.World.ServiceFor<WorkspaceRegistryService>(call.Persona).ListAsync();
            return listed.Any(summary => summary.Id == call.Scene.WorkspaceId || summary.Title == call.Scene.WorkspaceTitle)
                ? AccessOutcome.Done("lists the workspace")
                : AccessOutcome.Refused("does not list the workspace");
        });
    }

    /// <summary>
    /// Posts the account menu's sign-out form with its antiforgery token, in a session of its own, since signing out
    /// ends the session that sends it. Done means sent to the sign-in page without a cookie left.
    /// </summary>
    private static async Task<AccessOutcome> SignOutAsync(AccessCall call)
    {
        var persona = call.Persona == Anonymous ? null : call.World.PersonaOf(call.Persona);
        var cookies = persona is null ? new CookieContainer() : await AccountSignIn.SignInAsync(call.World.App.BaseAddress, persona.Email, persona.Password);
        using var client = call.World.App.CreateClient(cookies);
        var form = await client.GetStringAsync(persona is null ? "/login" : "/account/password");
        using var response = await client.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AccountSignIn.HiddenValue(form, "__RequestVerificationToken"),
        }));
        var detail = $"{(int)response.StatusCode} {response.Headers.Location}";
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/login"
            && cookies.GetCookies(call.World.App.BaseAddress)["Kooperationsraum.Account"] is null
            ? AccessOutcome.Done(detail)
            : AccessOutcome.Refused(detail);
    }

    private static IEnumerable<AccessEntry> AccountServiceMethods()
    {
        yield return Service<AccountService>(nameof(AccountService.GetAccountsAsync), Administrators, (service, _, _) => service.GetAccountsAsync());
        yield return Service<AccountService>(nameof(AccountService.CreateWithPasswordAsync), Administrators, (service, _, world) =>
            service.CreateWithPasswordAsync(NewPerson(world), "Startkennwort " + Guid.NewGuid().ToString("N")[..8]));
        yield return Service<AccountService>(nameof(AccountService.CreateWithInvitationAsync), Administrators, (service, _, world) =>
            service.CreateWithInvitationAsync(NewPerson(world)));
        yield return Service<AccountService>(nameof(AccountService.InviteAsync), Administrators, (service, _, world) => service.InviteAsync(world.Bystander.Id));
        yield return Service<AccountService>(nameof(AccountService.SetLockedAsync), Administrators, (service, _, world) => service.SetLockedAsync(world.Bystander.Id, true));
        yield return Service<AccountService>(nameof(AccountService.SetAdministratorAsync), Administrators, (service, _, world) =>
            service.SetAdministratorAsync(world.Bystander.Id, true));

        // The administrator deletes a person of its own, so that the bystander stays for the other rows; everyone else
        // tries it on the bystander, who must stay untouched.
        yield return new AccessEntry($"{nameof(AccountService)}.{nameof(AccountService.DeletePersonAsync)}", AccessEntryKind.Service, Administrators, async call =>
        {
            var personId = call.World.Bystander.Id;
            if (call.Persona == Administrator)
            {
                var person = NewPerson(call.World);
                await call.World.ServiceFor<AccountService>(Administrator).CreateWithPasswordAsync(person, "Startkennwort " + Guid.NewGuid().ToString("N")[..8]);
                personId = person.Id;
            }

            return await call.ServiceAsync<AccountService>(service => service.DeletePersonAsync(personId));
        });
    }

    /// <summary>The scene's workspace is a cooperation, so its dashboard, report and cooperation page are the scene's too.</summary>
    private static IEnumerable<AccessEntry> Dashboards()
    {
        yield return Page("/cooperations/{CooperationId}", Readers, async call =>
            await call.PageAsync($"/cooperations/{call.Scene.WorkspaceId}", call.Scene.WorkspaceTitle, HttpStatusCode.NotFound));
        yield return Page("/cooperations/{CooperationId}/dashboard", Readers, async call =>
        {
            await DashboardKnowsAsync(call);
            return await call.PageAsync($"/cooperations/{call.Scene.WorkspaceId}/dashboard", call.Scene.WorkspaceTitle, HttpStatusCode.NotFound);
        });
        // The portfolio shows cooperations through their projects, and the scene has none: who sees which cooperation is
        // the row of DashboardService.GetPortfolioAsync below.
        yield return Page("/portfolio", SignedIn, async call =>
        {
            await DashboardKnowsAsync(call);
            return await call.PageAsync("/portfolio", null);
        });

        // A report answers anybody signed in with what they may see, so it must hold the scene's title exactly for its readers.
        yield return Endpoint("GET /api/cooperations/{cooperationId}/report.{format}", Readers, async call =>
        {
            await DashboardKnowsAsync(call);
            return await call.PageAsync($"/api/cooperations/{call.Scene.WorkspaceId}/report.md", call.Scene.WorkspaceTitle);
        });
        yield return Endpoint("GET /api/portfolio/report.{format}", SignedIn, async call =>
        {
            await DashboardKnowsAsync(call);
            return await call.PageAsync("/api/portfolio/report.csv", null);
        });
        yield return Service<DashboardService>(nameof(DashboardService.GetAsync), Readers, async (service, scene, world) =>
        {
            await DashboardKnowsAsync(world, scene);
            await service.GetAsync(scene.WorkspaceId, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-7));
        });
        yield return new AccessEntry($"{nameof(DashboardService)}.{nameof(DashboardService.GetPortfolioAsync)}", AccessEntryKind.Service, Readers, async call =>
        {
            await DashboardKnowsAsync(call);
            var portfolio = await call.World.ServiceFor<DashboardService>(call.Persona).GetPortfolioAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-7));
            return portfolio.Any(dashboard => dashboard.CooperationId == call.Scene.WorkspaceId)
                ? AccessOutcome.Done("the portfolio holds the cooperation")
                : AccessOutcome.Refused("the portfolio leaves the cooperation out");
        });

        yield return Service<DashboardService>(nameof(DashboardService.SubscribeAsync), Readers, async (service, scene, _) =>
        {
            await using var subscription = await service.SubscribeAsync([scene.WorkspaceId], _ => { }, _ => { }, () => Task.CompletedTask);
        });

        // Pure: it reads presence only for the summaries its caller passes, which the dashboard already filtered.
        yield return new AccessEntry($"{nameof(PresenceService)}.{nameof(PresenceService.ActiveIn)}", AccessEntryKind.Service, SignedIn, call =>
        {
            call.World.ServiceFor<PresenceService>(call.Persona).ActiveIn([]);
            return Task.FromResult(AccessOutcome.Done("reads only what it is given"));
        });
    }

    private static IEnumerable<AccessEntry> Visibility()
    {
        yield return WorkspaceRow(nameof(WorkspaceService.SetDocumentVisibilityAsync), Coordinators, (service, scene) =>
            service.SetDocumentVisibilityAsync(scene.WorkspaceId, scene.DocumentId, DocumentVisibilityMode.AllPartners, []))
            .OnEveryDocument(Coordinators);
        yield return WorkspaceRow(nameof(WorkspaceService.GetAuditAsync), Coordinators, (service, scene) => service.GetAuditAsync(scene.WorkspaceId, 0, 20));
        yield return WorkspaceRow(nameof(WorkspaceService.ExportAuditAsync), Coordinators, (service, scene) => service.ExportAuditAsync(scene.WorkspaceId));
        yield return DocumentRow(nameof(DocumentService.MayEditAsync), DocumentReaders, (service, scene) => service.MayEditAsync(scene.DocumentId))
            .OnEveryDocument(RestrictedDocumentReaders);
        yield return WorkspaceRow(nameof(WorkspaceService.RecordDocumentExportAsync), DocumentReaders, (service, scene) =>
            service.RecordDocumentExportAsync(scene.WorkspaceId, scene.DocumentId, "md")).OnEveryDocument(RestrictedDocumentReaders);
        yield return Endpoint("GET /api/workspaces/{workspaceId}/audit.csv", Coordinators, call =>
            call.HttpAsync(client => client.GetAsync($"/api/workspaces/{call.Scene.WorkspaceId}/audit.csv"), HttpStatusCode.OK));
    }

    private static Task DashboardKnowsAsync(AccessCall call) => DashboardKnowsAsync(call.World, call.Scene);

    // The workspace tells its dashboard after its change is durable, one-way; wait until it has, before anyone looks.
    private static async Task DashboardKnowsAsync(AccessWorld world, AccessScene scene)
    {
        var dashboards = world.ServiceFor<DashboardService>(Administrator);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var dashboard = await dashboards.GetAsync(scene.WorkspaceId, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-7));
            if (dashboard.Cooperation?.Title == scene.WorkspaceTitle)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The dashboard of {scene.WorkspaceId} never heard of its cooperation.");
    }

    private static Person NewPerson(AccessWorld world)
    {
        var id = Guid.NewGuid().ToString("N");
        return new Person(id, "Neu " + id[..6], $"{id}@kooperationsraum.example", world.BystanderOrganisation.Id);
    }

    private static async Task OpenAsync(HubProtocolClient hub, AccessCall call) =>
        await hub.InvokeAsync<DocumentSnapshot>(nameof(DocumentHub.OpenDocumentAsync), call.Scene.DocumentId);

    private static Task<AccessOutcome> NegotiateAsync(AccessCall call, string hubPath) =>
        call.HttpAsync(client => client.PostAsync($"{hubPath}/negotiate?negotiateVersion=1", content: null), HttpStatusCode.OK);

    private static AccessEntry Page(string route, IReadOnlySet<AccessPersona> allowed, Func<AccessCall, Task<AccessOutcome>> call) =>
        new(route, AccessEntryKind.Page, allowed, call);

    private static AccessEntry Endpoint(string name, IReadOnlySet<AccessPersona> allowed, Func<AccessCall, Task<AccessOutcome>> call) =>
        new(name, AccessEntryKind.Endpoint, allowed, call);

    private static AccessEntry Hub(string hub, string method, IReadOnlySet<AccessPersona> allowed, Func<AccessCall, Task<AccessOutcome>> call) =>
        new($"{hub}.{method}", AccessEntryKind.HubMethod, allowed, call);

    private static AccessEntry WorkspaceRow(string method, IReadOnlySet<AccessPersona> allowed, Func<WorkspaceService, AccessScene, Task> act) =>
        Service<WorkspaceService>(method, allowed, (service, scene, _) => act(service, scene));

    private static AccessEntry WorkspaceRow(string method, IReadOnlySet<AccessPersona> allowed, Func<WorkspaceService, AccessScene, AccessWorld, Task> act) =>
        Service(method, allowed, act);

    private static AccessEntry DocumentRow(string method, IReadOnlySet<AccessPersona> allowed, Func<DocumentService, AccessScene, Task> act) =>
        Service<DocumentService>(method, allowed, (service, scene, _) => act(service, scene));

    private static AccessEntry Service<TService>(string method, IReadOnlySet<AccessPersona> allowed, Func<TService, AccessScene, AccessWorld, Task> act)
        where TService : class =>
        new($"{typeof(TService).Name}.{method}", AccessEntryKind.Service, allowed, call =>
            call.ServiceAsync<TService>(service => act(service, call.Scene, call.World)));

    private static HashSet<AccessPersona> Set(params AccessPersona[] personas) => [.. personas];
}
