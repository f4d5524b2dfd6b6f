using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Hubs;

/// <summary>Wires <see cref="HubCallLogFilter"/> in place of the failure log of SignalR's hub dispatcher.</summary>
public static class HubCallLoggingExtensions
{
    /// <summary>The logger category of SignalR's hub dispatcher (internal to SignalR, hence by name).</summary>
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    /// <summary>
    /// Adds the filter to every hub, the Blazor circuit's included, ahead of the filters added after this call, and keeps
    /// the dispatcher's own failure log (its only event at error level) out of every log provider. The dispatcher's
    /// warnings and critical events, should a later version have any, still pass; its debug and trace events stay off,
    /// as the product's default for Microsoft.AspNetCore has them.
    /// </summary>
    public static WebApplicationBuilder AddHubCallLogging(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<HubOptions>(options => options.AddFilter<HubCallLogFilter>());
        builder.Logging.AddFilter(DispatcherCategory, level => level is LogLevel.Warning or LogLevel.Critical);
        return builder;
    }
}
