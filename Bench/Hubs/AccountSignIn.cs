using System.Net;
using System.Text.RegularExpressions;

namespace Kooperationsraum.Bench.Hubs;

/// <summary>
/// Signs in through the product's real sign-in form, as a browser does: fetches the page for its antiforgery token and
/// cookie, posts e-mail address and password, and keeps the account cookie for later requests and hub connections.
/// </summary>
public static partial class AccountSignIn
{
    public const string LoginPath = "/login";

    /// <summary>The cookies of a signed-in session; throws with the server's answer when the sign-in is refused.</summary>
    public static async Task<CookieContainer> SignInAsync(Uri baseAddress, string email, string password)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress };
        using var response = await PostLoginAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect || cookies.GetCookies(baseAddress)["Kooperationsraum.Account"] is null)
        {
            throw new InvalidOperationException(
                $"Signing in as {email} failed with {(int)response.StatusCode}: {FormMessage(await response.Content.ReadAsStringAsync())}");
        }

        return cookies;
    }

    /// <summary>Posts the sign-in form with a fresh antiforgery token and returns the server's answer unfollowed.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync(LoginPath);
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = HiddenValue(form, "__RequestVerificationToken"),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        };
        return await client.PostAsync(LoginPath, new FormUrlEncodedContent(fields));
    }

    /// <summary>The value of a hidden input of a server-rendered form.</summary>
    public static string HiddenValue(string html, string name)
    {
        foreach (Match input in InputTag().Matches(html))
        {
            if (input.Value.Contains($"name=\"{name}\"", StringComparison.Ordinal) && ValueAttribute().Match(input.Value) is { Success: true } value)
            {
                return WebUtility.HtmlDecode(value.Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"The form has no hidden field {name}.");
    }

    private static string FormMessage(string html) =>
        RoleAlert().Match(html) is { Success: true } alert ? WebUtility.HtmlDecode(alert.Groups[1].Value.Trim()) : "no message";

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("role=\"alert\"[^>]*>([^<]*)<")]
    private static partial Regex RoleAlert();
}
