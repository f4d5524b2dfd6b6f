using System.Net;
using System.Text.Json;
using Kooperationsraum.Grains.Interfaces.Accounts;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Audit;
using Microsoft.AspNetCore.Localization;
using Microsoft.Data.Sqlite;

namespace Kooperationsraum.Tests.PersonalData;

/// <summary>
/// Deleting a person leaves their name nowhere: the workspaces and documents that had copied it into stamps, comments,
/// revisions and activity hold the pseudonym instead, in what they answer and in what storage holds; and readers see the
/// pseudonym in their own language.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class PseudonymisationTests(WebAppFixture app)
{
    [Fact]
    public async Task ADeletedPersonsNameIsLeftInNoWorkspaceDocumentOrStoredRecord()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var name = $"Dora Spurlos {suffix}";
        var dora = await app.CreatePersonaAsync(name);
        var member = await WorkspaceWithAsync(dora, "Spuren " + suffix);
        var former = await WorkspaceWithAsync(dora, "Alte Spuren " + suffix);
        var task = await member.CreateTaskAsync(dora.Actor, await ColumnAsync(member), TaskDraft.Titled("Doras Aufgabe"));
        await member.AddCommentAsync(dora.Actor, task.Id, "Doras Kommentar");
        await member.UpdateTaskAsync(app.Administrator.Actor, task.Id, task.Revision, TaskDraft.Titled("Doras Aufgabe, geändert"));
        var document = await member.CreateDocumentAsync(dora.Actor, "Doras Dokument");
        await app.Grains.GetGrain<IDocumentGrain>(document.Id).SubmitAsync(
            dora.Actor, 0, [new UnconfirmedOperation(new OperationId("dora-" + suffix, 1), TextOperation.Replace(0, 0, 0, "Von Dora geschrieben"))]);
        var formerTask = await former.CreateTaskAsync(dora.Actor, await ColumnAsync(former), TaskDraft.Titled("Doras frühere Aufgabe"));
        await former.AddCommentAsync(dora.Actor, formerTask.Id, "Doras früherer Kommentar");
        await former.RemoveMemberAsync(app.Administrator.Actor, dora.Actor.PersonId);

        await app.Grains.GetGrain<IAccountGrain>(dora.Actor.PersonId).DeletePersonAsync(app.Administrator.Actor);

        var pseudonym = Pseudonym.Of(dora.Actor.PersonId);
        var answers = new List<string>();
        foreach (var workspace in new[] { member, former })
        {
            answers.Add(JsonSerializer.Serialize(await workspace.GetAsync(app.Administrator.Actor)));
            answers.Add(JsonSerializer.Serialize(await workspace.GetActivityAsync(app.Administrator.Actor, 100)));
        }

        var documentGrain = app.Grains.GetGrain<IDocumentGrain>(document.Id);
        answers.Add(JsonSerializer.Serialize(await documentGrain.GetInfoAsync()));
        answers.Add(JsonSerializer.Serialize(await documentGrain.GetHistoryAsync(app.Administrator.Actor, 10)));
        answers.Should().AllSatisfy(answer => answer.Should().NotContain(name));
        var stored = (await member.GetAsync(app.Administrator.Actor))!.Columns.SelectMany(column => column.Tasks).Single(each => each.Id == task.Id);
        stored.Created.DisplayName.Should().Be(pseudonym);
        stored.Comments.Single().By.DisplayName.Should().Be(pseudonym);
        (await documentGrain.GetHistoryAsync(app.Administrator.Actor, 10)).Should().ContainSingle().Which.DisplayName.Should().Be(pseudonym);
        (await documentGrain.GetSnapshotAsync(app.Administrator.Actor)).Text.Should().Be("Von Dora geschrieben");
        (await StoredRecordsNamingAsync(name)).Should().BeEmpty("no grain's state or log may keep the name of a deleted person");
    }

    [Fact]
    public async Task DeletingAPersonTwiceOverChangesNothingMore()
    {
        var dora = await app.CreatePersonaAsync("Dora Zweimal");
        var workspace = await WorkspaceWithAsync(dora, "Zweimal");
        await workspace.CreateTaskAsync(dora.Actor, await ColumnAsync(workspace), TaskDraft.Titled("Doras Aufgabe"));
        await app.Grains.GetGrain<IAccountGrain>(dora.Actor.PersonId).DeletePersonAsync(app.Administrator.Actor);
        var before = JsonSerializer.Serialize(await workspace.GetAsync(app.Administrator.Actor));

        await workspace.ForgetPersonAsync(app.Administrator.Actor, dora.Actor.PersonId);

        JsonSerializer.Serialize(await workspace.GetAsync(app.Administrator.Actor)).Should().Be(before);
    }

    [Theory]
    [InlineData("de-DE", "Gelöschte Person")]
    [InlineData("en-GB", "Deleted person")]
    public async Task ReadersSeeADeletedPersonUnderThePseudonymInTheirLanguage(string culture, string words)
    {
        var dora = await app.CreatePersonaAsync("Dora Mehrsprachig");
        var workspace = await app.CreateWorkspaceAsync("Mehrsprachig");
        await app.Grains.GetGrain<IWorkspaceGrain>(workspace.Id).AddMemberAsync(
            app.Administrator.Actor, dora.Actor.PersonId, dora.Actor.DisplayName, dora.Actor.OrganisationId, WorkspaceRole.Member);
        await app.Grains.GetGrain<IAccountGrain>(dora.Actor.PersonId).DeletePersonAsync(app.Administrator.Actor);
        var cookies = new CookieContainer();
        cookies.Add(app.AdministratorCookies.GetAllCookies());
        cookies.Add(app.BaseAddress, new Cookie(
            CookieRequestCultureProvider.DefaultCookieName, Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)))));
        using var client = app.CreateClient(cookies);

        var csv = await client.GetStringAsync(AuditExportEndpoints.CsvPath(workspace.Id));

        csv.Should().Contain($"{words} {Pseudonym.Of(dora.Actor.PersonId)}").And.NotContain("Dora Mehrsprachig");
    }

    private async Task<IWorkspaceGrain> WorkspaceWithAsync(Persona persona, string title)
    {
        var workspace = app.Grains.GetGrain<IWorkspaceGrain>((await app.CreateWorkspaceAsync(title)).Id);
        await workspace.AddMemberAsync(app.Administrator.Actor, persona.Actor.PersonId, persona.Actor.DisplayName, persona.Actor.OrganisationId, WorkspaceRole.Member);
        return workspace;
    }

    private async Task<string> ColumnAsync(IWorkspaceGrain workspace) => (await workspace.GetAsync(app.Administrator.Actor))!.Columns[0].Id;

    // Straight from the product's database file, as an operator's backup would hold it.
    private async Task<IReadOnlyList<string>> StoredRecordsNamingAsync(string name)
    {
        await using var connection = new SqliteConnection($"Data Source={app.Factory.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT grain_type || '/' || grain_key || '/' || state_name FROM grain_state WHERE instr(payload, $name) > 0
            UNION ALL
            SELECT grain_type || '/' || grain_key || '/' || log_name FROM grain_log WHERE instr(payload, $name) > 0
            """;
        command.Parameters.AddWithValue("$name", name);
        var found = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }
}
