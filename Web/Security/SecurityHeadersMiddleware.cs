namespace Kooperationsraum.Web.Security;

/// <summary>
/// Puts the security headers on every response, error pages and static files included. They are added when the
/// response starts, so that an exception handler that clears the headers cannot drop them; a header an endpoint set
/// itself (the HTML export's stricter policy) is kept.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// Browser features the product never uses, switched off for it and anything it might embed. Only features browsers
    /// know belong here: Chromium warns on the console of every page about a feature it does not know ("bluetooth").
    /// </summary>
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()";

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = ContentSecurityPolicy.CreateNonce(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy.For(context.Request, nonce);
            }

            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
