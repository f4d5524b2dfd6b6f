using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Kooperationsraum.Grains.Interfaces.Accounts;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Identity;

namespace Kooperationsraum.Web.PersonalData;

/// <summary>
/// The download of one's own data as JSON. It takes no person id: whoever is signed in receives their own data and can
/// name nobody else's. Each workspace answers only about the asking person, so another person's comments or tasks never
/// reach the file.
/// </summary>
public static class PersonalDataEndpoints
{
    /// <summary>The address of the download.</summary>
    public const string Path = "/api/account/my-data";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,

        // Umlauts as they are, so that the person can read their file; HTML-sensitive characters stay escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static IEndpointRouteBuilder MapPersonalDataDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (Func<HttpContext, Task<IResult>>)DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var grains = services.GetRequiredService<IGrainFactory>();
        var actor = services.GetRequiredService<IActorAccessor>().Current;
        var directory = grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);
        var person = await directory.GetPersonAsync(actor.PersonId);
        var organisationId = person?.OrganisationId ?? actor.OrganisationId;
        var organisation = (await directory.GetOrganisationsAsync()).FirstOrDefault(each => each.Id == organisationId);
        var account = await grains.GetGrain<IAccountGrain>(actor.PersonId).GetAsync();
        var profile = new PersonalProfile(
            actor.PersonId,
            person?.DisplayName ?? actor.DisplayName,
            person?.Email ?? string.Empty,
            organisationId,
            organisation?.Name,
            account is null ? null : new PersonalAccount(
                account.UserName,
                account.Email,
                account.EmailConfirmed,
                account.IsAdministrator,
                account.MustChangePassword,
                account.LockoutEnd,
                [.. account.Logins.Select(login => login.LoginProvider)]));

        var workspaces = new List<PersonalWorkspaceData>();
        foreach (var summary in await grains.GetGrain<IWorkspaceRegistryGrain>(IWorkspaceRegistryGrain.DefaultKey).ListAsync())
        {
            if (await grains.GetGrain<IWorkspaceGrain>(summary.Id).GetPersonalDataAsync(actor) is { } data)
            {
                workspaces.Add(data);
            }
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var export = new PersonalDataExport(now, profile, workspaces);
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-store";
        return Results.File(
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(export, Json)),
            "application/json; charset=utf-8",
            $"kooperationsraum-meine-daten-{now:yyyy-MM-dd}.json");
    }
}
