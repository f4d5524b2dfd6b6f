using System.Globalization;
using System.Text.Json.Serialization;
using Kooperationsraum.Silo.Hosting;
using Kooperationsraum.Web.Audit;
using Kooperationsraum.Web.Components;
using Kooperationsraum.Web.Demo;
using Kooperationsraum.Web.Exports;
using Kooperationsraum.Web.Hubs;
using Kooperationsraum.Web.PersonalData;
using Kooperationsraum.Web.Security;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Localization;
using Radzen;

namespace Kooperationsraum.Web.Hosting;

/// <summary>Wires the product: grain host, accounts, services, localisation, Blazor, Radzen, the hubs, the exports and reports.</summary>
public static class KooperationsraumWebExtensions
{
    public static readonly CultureInfo[] SupportedCultures = [new("de-DE"), new("en-GB")];

    /// <summary>Small, because no legitimate hub call carries more; large messages are refused, not parsed.</summary>
    public const long MaximumHubMessageSize = 64 * 1024;

    public static WebApplicationBuilder AddKooperationsraumWeb(this WebApplicationBuilder builder)
    {
        builder.AddKooperationsraumSilo();
        builder.ServeStaticWebAssetsFromBuild();

        // First of the hub filters, so that it sees what the later ones throw.
        builder.AddHubCallLogging();
        builder.AddKooperationsraumSecurity();

        var services = builder.Services;
        services.AddKooperationsraumAccounts();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName);
        services.AddHostedService<DemoSeeder>();

        services.AddScoped<WorkspaceService>();
        services.AddScoped<WorkspaceRegistryService>();
        services.AddScoped<DirectoryService>();
        services.AddScoped<AccountService>();
        services.AddScoped<DocumentService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<PresenceService>();
        services.AddSingleton<WorkspaceHubBridge>();
        services.AddSingleton<DocumentHubBridge>();
        services.AddSingleton<ConnectionRateLimiter>();
        services.AddSingleton<PresenceRegistry>();

        services.AddLocalization();
        services.AddRazorComponents()
            .AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = MaximumHubMessageSize);
        services.AddSignalR(options => options.MaximumReceiveMessageSize = MaximumHubMessageSize)
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddRadzenComponents();
        return builder;
    }

    /// <summary>
    /// Outside Development the framework serves the packages' scripts and styles (its own, Radzen's) only from a published
    /// app; run from a build, as the benchmark and <c>dotnet Kooperationsraum.Web.dll</c> in Production do, it would answer
    /// them with empty files. The build leaves a manifest of where they lie, which a published app does not have. Served
    /// from a build, every asset would also be marked for revalidation on each page, as suits editing them in Development;
    /// outside it they keep the caching a published app gives them (fingerprinted addresses kept for a year).
    /// </summary>
    private static void ServeStaticWebAssetsFromBuild(this WebApplicationBuilder builder)
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{builder.Environment.ApplicationName}.staticwebassets.runtime.json");
        if (!builder.Environment.IsDevelopment() && File.Exists(manifest))
        {
            builder.WebHost.UseStaticWebAssets();
            builder.Configuration["EnableStaticAssetsDevelopmentCaching"] = "true";
        }
    }

    public static WebApplication UseKooperationsraum(this WebApplication app)
    {
        app.UseKooperationsraumSecurity();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(SupportedCultures[0]),
            SupportedCultures = SupportedCultures,
            SupportedUICultures = SupportedCultures,
            RequestCultureProviders = [new CookieRequestCultureProvider()],
        });
        app.UseKooperationsraumAccounts();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapCultureEndpoint();
        app.MapAccountEndpoints();
        app.MapWorkspaceHub();
        app.MapDocumentHub();
        app.MapDocumentExports();
        app.MapStatusReports();
        app.MapAuditExports();
        app.MapPersonalDataDownload();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(SecurityExtensions.ConfigureServerRendering);
        return app;
    }

    /// <summary>Sets the UI language cookie and returns to the page the person came from.</summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture", (string? name, string? returnUrl, HttpContext context) =>
        {
            var culture = SupportedCultures.FirstOrDefault(c => c.Name == name) ?? SupportedCultures[0];
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
            var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous();
        return endpoints;
    }

    public static IEndpointRouteBuilder MapDocumentHub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<DocumentHub>(DocumentHub.Path);
        return endpoints;
    }

    public static IEndpointRouteBuilder MapWorkspaceHub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<WorkspaceHub>(WorkspaceHub.Path);
        return endpoints;
    }
}
