using System.Net;
using System.Net.WebSockets;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Tests.Access;

/// <summary>One cell of the matrix being called: who, on which scene; and the ways of calling each kind of entry point.</summary>
public sealed class AccessCall(AccessWorld world, AccessScene scene, AccessPersona persona)
{
    // Titles and texts as they were written, so that a search for them finds them.
    private static readonly JsonSerializerOptions ResultJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
    };

    public AccessWorld World { get; } = world;

    public AccessScene Scene { get; } = scene;

    public AccessPersona Persona { get; } = persona;

    /// <summary>What a refused page or HTTP answer must not show, whoever asked: nothing of the scene.</summary>
    public IReadOnlyList<string> Secrets => Scene.Secrets;

    /// <summary>Connects to the hub as the persona and runs <paramref name="act"/>; a refused connection or hub error is a refusal.</summary>
    public async Task<AccessOutcome> HubAsync(string path, Func<HubProtocolClient, Task> act)
    {
        HubProtocolClient connection;
        try
        {
            connection = await World.ConnectHubAsync(path, Persona);
        }
        catch (WebSocketException refused)
        {
            return AccessOutcome.Refused("connection refused: " + refused.Message, refused.Message);
        }

        await using (connection)
        {
            try
            {
                return AccessOutcome.Done("hub call completed", await ResultOfAsync(act(connection)));
            }
            catch (HubCallFailedException refused)
            {
                return AccessOutcome.Refused("hub error: " + refused.Message, refused.Message);
            }
        }
    }

    /// <summary>Sends a request as the persona; 2xx and redirects elsewhere than the sign-in are done, 401, 403, 404, 400 and the sign-in redirect refused.</summary>
    public async Task<AccessOutcome> HttpAsync(Func<HttpClient, Task<HttpResponseMessage>> send, HttpStatusCode? expectedSuccess = null)
    {
        using var client = World.App.CreateClient(await CopyOfSessionAsync());
        using var response = await send(client);
        var status = response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var leaked = Secrets.FirstOrDefault(secret => body.Contains(secret, StringComparison.Ordinal));
        var detail = $"{(int)status} {response.Headers.Location}";
        if (IsSignInRedirect(response) || status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            return leaked is null ? AccessOutcome.Refused(detail, body) : AccessOutcome.Done($"{detail}, but the answer shows \"{leaked}\"", body);
        }

        if ((int)status >= 500)
        {
            throw new InvalidOperationException($"The server failed with {detail}: {body}");
        }

        return expectedSuccess is null || status == expectedSuccess ? AccessOutcome.Done(detail, body) : AccessOutcome.Refused(detail, body);
    }

    /// <summary>
    /// Sends a request to a framework endpoint as the persona: refused when the sign-in stops it (401, 403 or the
    /// redirect to sign in), reached whatever the endpoint itself then answers.
    /// </summary>
    public async Task<AccessOutcome> ReachesAsync(Func<HttpClient, Task<HttpResponseMessage>> send)
    {
        using var client = World.App.CreateClient(await CopyOfSessionAsync());
        using var response = await send(client);
        var body = await response.Content.ReadAsStringAsync();
        var detail = $"{(int)response.StatusCode} {response.Headers.Location}";
        return IsSignInRedirect(response) || response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            ? AccessOutcome.Refused(detail, body)
            : AccessOutcome.Done(detail, body);
    }

    /// <summary>
    /// Fetches a page's prerendered HTML as the persona. It counts as shown when it answers 200 (or
    /// <paramref name="shownStatus"/>) and contains <paramref name="marker"/> (or anything, without a marker); a refused
    /// page must show none of the scene's secrets and, given <paramref name="refusedStatus"/>, must answer a signed-in
    /// persona with that status.
    /// </summary>
    public async Task<AccessOutcome> PageAsync(string path, string? marker, HttpStatusCode? refusedStatus = null, HttpStatusCode shownStatus = HttpStatusCode.OK)
    {
        using var client = World.App.CreateClient(await CopyOfSessionAsync());
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        var detail = $"{(int)response.StatusCode} {response.Headers.Location}";
        if ((int)response.StatusCode >= 500)
        {
            throw new InvalidOperationException($"The server failed with {detail}: {body}");
        }

        if (response.StatusCode == shownStatus && (marker is null || body.Contains(marker, StringComparison.Ordinal)))
        {
            return AccessOutcome.Done(detail + (marker is null ? string.Empty : $" showing \"{marker}\""), body);
        }

        var leaked = Secrets.FirstOrDefault(secret => body.Contains(secret, StringComparison.Ordinal));
        if (leaked is not null)
        {
            return AccessOutcome.Done($"{detail}, refused but showing \"{leaked}\"", body);
        }

        if (IsSignInRedirect(response))
        {
            return AccessOutcome.Refused("sent to sign in", body);
        }

        return refusedStatus is null || response.StatusCode == refusedStatus
            ? AccessOutcome.Refused(detail + " without the content", body)
            : AccessOutcome.Done($"{detail}, refused without the content but answering {(int)response.StatusCode} instead of {(int)refusedStatus}", body);
    }

    /// <summary>Calls a Web service as the persona's circuit would; a workspace or document refusal is a refusal.</summary>
    public async Task<AccessOutcome> ServiceAsync<TService>(Func<TService, Task> act) where TService : class
    {
        try
        {
            return AccessOutcome.Done("service call completed", await ResultOfAsync(act(World.ServiceFor<TService>(Persona))));
        }
        catch (WorkspaceRuleException refused)
        {
            return AccessOutcome.Refused($"{refused.Error}: {refused.Message}", refused.Message);
        }
        catch (DocumentRuleException refused)
        {
            return AccessOutcome.Refused($"{refused.Error}: {refused.Message}", refused.Message);
        }
    }

    /// <summary>
    /// Waits for <paramref name="call"/> and returns what it returned as JSON, so that the matrix can look into it for
    /// what the caller may not see; empty for a call that returns nothing.
    /// </summary>
    private static async Task<string> ResultOfAsync(Task call)
    {
        await call;
        var result = call.GetType().GetProperty(nameof(Task<object>.Result))?.GetValue(call);
        if (result is null || result.GetType().Name == "VoidTaskResult")
        {
            return string.Empty;
        }

        try
        {
            return JsonSerializer.Serialize(result, ResultJson);
        }
        catch (NotSupportedException)
        {
            return result.ToString() ?? string.Empty;
        }
    }

    // A copy, so that cookies an answer sets (the language) stay out of the session other tests of the product share.
    private async Task<CookieContainer> CopyOfSessionAsync()
    {
        var copy = new CookieContainer();
        if (await World.CookiesOfAsync(Persona) is { } session)
        {
            copy.Add(session.GetAllCookies());
        }

        return copy;
    }

    private static bool IsSignInRedirect(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Redirect
        && response.Headers.Location?.OriginalString.Contains("/login", StringComparison.OrdinalIgnoreCase) == true;
}
