namespace Kooperationsraum.Web.Components.Pages.Account;

/// <summary>Where to go after signing in: only a path of this site, never another host.</summary>
public static class LocalReturnUrl
{
    public static string Or(string? returnUrl, string fallback) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : fallback;
}
