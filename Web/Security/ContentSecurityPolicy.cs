using System.Security.Cryptography;

namespace Kooperationsraum.Web.Security;

/// <summary>
/// The Content-Security-Policy of every page: scripts only from the product itself (and the one inline import map,
/// by a per-response nonce), no plugins, no framing, nothing loaded from elsewhere. Styles allow inline, because
/// Radzen renders style attributes and CodeMirror adds its style elements at run time; styles run no script.
/// </summary>
public static class ContentSecurityPolicy
{
    private const string NonceKey = "Kooperationsraum.CspNonce";

    /// <summary>A fresh nonce for this response; pages read it with <see cref="NonceOf"/>.</summary>
    public static string CreateNonce(HttpContext context)
    {
        // Hex rather than Base64: '+' and '/' would reach the page HTML-encoded, so the header and the attribute
        // would spell the same nonce differently.
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        return nonce;
    }

    /// <summary>The nonce this response's policy allows inline scripts with, if the response has one.</summary>
    public static string? NonceOf(HttpContext? context) => context?.Items[NonceKey] as string;

    /// <summary>
    /// The policy for a response to <paramref name="request"/>. The Blazor circuit and the editor's hub connect by
    /// WebSocket to the page's own host, which <c>'self'</c> covers in CSP 3 browsers; it is also named explicitly for
    /// browsers that do not count ws: as 'self'.
    /// </summary>
    public static string For(HttpRequest request, string nonce)
    {
        var webSocketOrigin = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host.ToUriComponent()}";
        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            $"connect-src 'self' {webSocketOrigin}",
            "object-src 'none'",
            "frame-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'");
    }
}
