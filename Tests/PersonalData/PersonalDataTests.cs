using System.Net;
using System.Text.Json;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Accounts;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Audit;
using Kooperationsraum.Web.PersonalData;

namespace Kooperationsraum.Tests.PersonalData;

/// <summary>
/// The data protection basics: a person downloads their own data and nobody else's; an administrator deletes a person,
/// who can no longer sign in, leaves every workspace, and appears in the audit log under a pseudonym only.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class PersonalDataTests(WebAppFixture app)
{
    [Fact]
    public async Task ThePersonalDataDownloadHoldsOnesOwnDataAndNothingOfOthers()
    {
        var (workspace, anna, bernd) = await WorkspaceOfTwoAsync("Datenauskunft");
        var grain = app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id);
        var annasTask = await grain.CreateTaskAsync(anna.Actor, workspace.Columns[0].Id, TaskDraft.Titled("Annas Förderantrag"));
        var berndsTask = await grain.CreateTaskAsync(bernd.Actor, workspace.Columns[0].Id, TaskDraft.Titled("Berndts geheime Aufgabe"));
        await grain.AddCommentAsync(anna.Actor, berndsTask.Id, "Annas Kommentar zur Aufgabe");
        await grain.AddCommentAsync(bernd.Actor, berndsTask.Id, "Berndts vertraulicher Kommentar");
        await grain.AddCommentAsync(bernd.Actor, annasTask.Id, "Berndts Antwort an Anna");
        await grain.CreateDocumentAsync(anna.Actor, "Annas Konzeptpapier");
        await grain.CreateDocumentAsync(bernd.Actor, "Berndts Notizen");
        using var client = app.CreateClient(await app.SignInAsync(anna));

        using var response = await client.GetAsync(PersonalDataEndpoints.Path);
        var json = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("profile").GetProperty("personId").GetString().Should().Be(anna.Actor.PersonId);
        document.RootElement.GetProperty("profile").GetProperty("account").GetProperty("userName").GetString().Should().Be(anna.Email);
        json.Should().Contain("Annas Förderantrag").And.Contain("Annas Kommentar zur Aufgabe").And.Contain("Annas Konzeptpapier")
            .And.Contain("Berndts geheime Aufgabe", "Anna commented on it")
            .And.Contain("\"role\": \"Member\"");
        json.Should().NotContain("Berndts vertraulicher Kommentar").And.NotContain("Berndts Antwort an Anna")
            .And.NotContain("Berndts Notizen").And.NotContain(bernd.Email)
            .And.NotContain(app.Administrator.Actor.PersonId, "the audit entries of the administrator's acts are not Anna's");
        json.Should().NotContainAny("passwordHash", "securityStamp", "concurrencyStamp", "invitation");
    }

    [Fact]
    public async Task AnonymousPeopleCannotDownloadPersonalData()
    {
        using var anonymous = app.CreateClient(cookies: null);

        using var response = await anonymous.GetAsync(PersonalDataEndpoints.Path);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("personId");
    }

    [Fact]
    public async Task NobodyCanDownloadAnotherPersonsData()
    {
        var (workspace, anna, bernd) = await WorkspaceOfTwoAsync("Fremde Auskunft");
        await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id)
            .CreateTaskAsync(bernd.Actor, workspace.Columns[0].Id, TaskDraft.Titled("Berndts private Aufgabe"));
        using var client = app.CreateClient(await app.SignInAsync(anna));

        var attempts = new[]
        {
            $"{PersonalDataEndpoints.Path}?personId={Uri.EscapeDataString(bernd.Actor.PersonId)}",
            $"{PersonalDataEndpoints.Path}/{Uri.EscapeDataString(bernd.Actor.PersonId)}",
        };
        var bodies = new List<string>();
        foreach (var attempt in attempts)
        {
            using var response = await client.GetAsync(attempt);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        bodies.Should().AllSatisfy(body => body.Should().NotContain("Berndts private Aufgabe").And.NotContain(bernd.Actor.PersonId));
    }

    [Fact]
    public async Task ADeletedPersonCannotSignInLeavesEveryWorkspaceAndIsPseudonymisedInTheAuditLog()
    {
        var (workspace, anna, _) = await WorkspaceOfTwoAsync("Löschung");
        var grain = app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id);
        await grain.CreateTaskAsync(anna.Actor, workspace.Columns[0].Id, TaskDraft.Titled("Von Anna angelegt"));
        await grain.ChangeMemberRoleAsync(app.Administrator.Actor, anna.Actor.PersonId, WorkspaceRole.Coordination);

        await app.Grains.GetGrain<IAccountGrain>(anna.Actor.PersonId).DeletePersonAsync(app.Administrator.Actor);

        var signIn = () => AccountSignIn.SignInAsync(app.BaseAddress, anna.Email, anna.Password);
        await signIn.Should().ThrowAsync<InvalidOperationException>();
        (await grain.GetRoleAsync(anna.Actor.PersonId)).Should().BeNull();
        var person = await app.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey).GetPersonAsync(anna.Actor.PersonId);
        person!.IsDeleted.Should().BeTrue();
        person.DisplayName.Should().Be(Pseudonym.Of(anna.Actor.PersonId)).And.MatchRegex("^[0-9a-f]{6}$");
        person.Email.Should().BeEmpty();
        using var admin = app.CreateClient(app.AdministratorCookies);
        var csv = await admin.GetStringAsync(AuditExportEndpoints.CsvPath(workspace.Id));
        csv.Should().Contain($"Gelöschte Person {person.DisplayName}").And.NotContain(anna.Actor.DisplayName);
    }

    [Fact]
    public async Task ANonAdministratorCannotDeleteAPersonAndNothingChanges()
    {
        var (workspace, anna, bernd) = await WorkspaceOfTwoAsync("Keine Löschung");
        var directory = app.Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);

        var deleteAccount = () => app.Grains.GetGrain<IAccountGrain>(bernd.Actor.PersonId).DeletePersonAsync(anna.Actor);
        var forget = () => app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).ForgetPersonAsync(anna.Actor, bernd.Actor.PersonId);
        var pseudonymise = () => directory.PseudonymiseAsync(anna.Actor, bernd.Actor.PersonId);

        (await deleteAccount.Should().ThrowAsync<WorkspaceRuleException>()).Which.Error.Should().Be(WorkspaceError.NotAllowed);
        (await forget.Should().ThrowAsync<WorkspaceRuleException>()).Which.Error.Should().Be(WorkspaceError.NotAllowed);
        (await pseudonymise.Should().ThrowAsync<WorkspaceRuleException>()).Which.Error.Should().Be(WorkspaceError.NotAllowed);
        (await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).GetRoleAsync(bernd.Actor.PersonId)).Should().Be(WorkspaceRole.Member);
        (await directory.GetPersonAsync(bernd.Actor.PersonId))!.DisplayName.Should().Be(bernd.Actor.DisplayName);
        (await app.Grains.GetGrain<IAccountGrain>(bernd.Actor.PersonId).GetAsync()).Should().NotBeNull();
        await AccountSignIn.SignInAsync(app.BaseAddress, bernd.Email, bernd.Password);
    }

    [Fact]
    public async Task AnAdministratorCannotDeleteThemselves()
    {
        var delete = () => app.Grains.GetGrain<IAccountGrain>(app.Administrator.Actor.PersonId).DeletePersonAsync(app.Administrator.Actor);

        (await delete.Should().ThrowAsync<WorkspaceRuleException>()).Which.Error.Should().Be(WorkspaceError.NotAllowed);
        (await app.Grains.GetGrain<IAccountGrain>(app.Administrator.Actor.PersonId).GetAsync())!.IsAdministrator.Should().BeTrue();
    }

    private async Task<(WorkspaceSnapshot Workspace, Persona Anna, Persona Bernd)> WorkspaceOfTwoAsync(string title)
    {
        var workspace = await app.CreateWorkspaceAsync(title);
        var anna = await app.CreatePersonaAsync("Anna Auskunft");
        var bernd = await app.CreatePersonaAsync("Berndt Anderer");
        var grain = app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id);
        await grain.AddMemberAsync(app.Administrator.Actor, anna.Actor.PersonId, anna.Actor.DisplayName, anna.Actor.OrganisationId, WorkspaceRole.Member);
        await grain.AddMemberAsync(app.Administrator.Actor, bernd.Actor.PersonId, bernd.Actor.DisplayName, bernd.Actor.OrganisationId, WorkspaceRole.Member);
        return (workspace, anna, bernd);
    }
}
