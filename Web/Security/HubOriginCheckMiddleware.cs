using Microsoft.Extensions.Options;

namespace Kooperationsraum.Web.Security;

/// <summary>
/// Refuses hub and Blazor circuit connections that a page of another origin opens. Browsers send cookies with a
/// cross-site WebSocket handshake and CORS does not cover WebSockets, so without this check any site a person visits
/// could act in their name over a hub (cross-site WebSocket hijacking). The check runs before negotiate and before
/// the upgrade. A request without an Origin header comes from no browser page (other clients, the tests' protocol
/// client) and is let through; authentication, not this check, stands between such clients and the data.
/// </summary>
public sealed partial class HubOriginCheckMiddleware(RequestDelegate next, IOptionsMonitor<SecurityOptions> options, ILogger<HubOriginCheckMiddleware> logger)
{
    /// <summary>Where browsers open long-lived connections: the product's hubs and the Blazor circuit.</summary>
    public static readonly PathString[] GuardedPaths = ["/hubs", "/_blazor"];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!GuardedPaths.Any(path => request.Path.StartsWithSegments(path))
            || request.Headers.Origin is not [{ } origin, ..]
            || IsAllowed(origin, request))
        {
            return next(context);
        }

        LogRefused(logger, origin, request.Path);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.Response.WriteAsync($"Connections from pages of {origin} are not accepted.");
    }

    private bool IsAllowed(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var source))
        {
            return false;
        }

        return SameOrigin(source, $"{request.Scheme}://{request.Host.ToUriComponent()}")
            || options.CurrentValue.AllowedOrigins.Any(allowed => SameOrigin(source, allowed));
    }

    private static bool SameOrigin(Uri source, string other) =>
        Uri.TryCreate(other, UriKind.Absolute, out var target)
        && string.Equals(source.Scheme, target.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(source.IdnHost, target.IdnHost, StringComparison.OrdinalIgnoreCase)
        && source.Port == target.Port;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a connection to {Path} from a page of {Origin}.")]
    private static partial void LogRefused(ILogger logger, string origin, PathString path);
}
