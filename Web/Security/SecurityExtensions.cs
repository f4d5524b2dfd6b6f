using Kooperationsraum.Web.Hubs;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Security;

/// <summary>Wires the hardening: security headers, the Origin check on connections, the workspace hub's rate limit.</summary>
public static class SecurityExtensions
{
    public static WebApplicationBuilder AddKooperationsraumSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName);
        builder.Services.AddSingleton<ConnectionRateLimitFilter>();
        builder.Services.AddSignalR().AddHubOptions<WorkspaceHub>(options => options.AddFilter<ConnectionRateLimitFilter>());
        return builder;
    }

    /// <summary>
    /// Blazor would send its own Content-Security-Policy (<c>frame-ancestors 'self'</c>) with every page; the product's
    /// policy already forbids framing altogether, and one policy per response keeps it readable.
    /// </summary>
    public static void ConfigureServerRendering(ServerComponentsEndpointOptions options) => options.ContentSecurityFrameAncestorsPolicy = null;

    /// <summary>Goes first in the pipeline, so that every response carries the headers and no connection starts unchecked.</summary>
    public static WebApplication UseKooperationsraumSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<HubOriginCheckMiddleware>();
        return app;
    }
}
