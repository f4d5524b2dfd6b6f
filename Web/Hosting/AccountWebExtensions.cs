using Kooperationsraum.Web.Accounts;
using Kooperationsraum.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Hosting;

/// <summary>
/// Local accounts: ASP.NET Core Identity on the grain host, the account cookie, and a fallback policy under which
/// every page, hub and endpoint needs a signed-in person unless it says otherwise (sign-in, setup, invitation, static
/// assets, the language switch).
/// </summary>
public static class AccountWebExtensions
{
    public const string LoginPath = "/login";
    public const string LogoutPath = "/logout";
    public const string SetupPath = "/setup";
    public const string ChangePasswordPath = "/account/password";

    /// <summary>How long a cookie stays valid without use; every use within that time extends it.</summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromHours(8);

    /// <summary>How often a cookie is checked against its account: a locked or deleted account is out after this.</summary>
    public static readonly TimeSpan StampValidationInterval = TimeSpan.FromMinutes(1);

    private static readonly string[] NonPagePrefixes = ["/hubs", "/api", "/_blazor"];

    public static IServiceCollection AddKooperationsraumAccounts(this IServiceCollection services)
    {
        services.AddOptions<SetupOptions>().BindConfiguration(SetupOptions.SectionName);
        services.AddScoped<ClaimsActorAccessor>();
        services.AddScoped<IActorAccessor>(provider => provider.GetRequiredService<ClaimsActorAccessor>());
        services.AddScoped<CircuitHandler, ActorCircuitHandler>();
        services.Configure<HubOptions>(options => options.AddFilter<ActorHubFilter>());
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AccountRevalidatingStateProvider>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<AccountUser>(options =>
            {
                options.User.RequireUniqueEmail = true;

                // The user name is the e-mail address, validated as such; umlauts in it are fine.
                options.User.AllowedUserNameCharacters = string.Empty;
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 5;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddUserStore<AccountStore>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AccountClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = StampValidationInterval);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "Kooperationsraum.Account";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = CookieLifetime;
            options.SlidingExpiration = true;
            options.LoginPath = LoginPath;
            options.LogoutPath = LogoutPath;
            options.AccessDeniedPath = "/not-found";
            options.Events.OnRedirectToLogin = context => RedirectPagesOnly(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectPagesOnly(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(ActorClaims.AdministratorPolicy, policy => policy.RequireRole(ActorClaims.AdministratorRole));

        services.AddScoped<FirstAdministratorSetup>();
        services.AddHostedService<AdministratorBootstrap>();
        return services;
    }

    /// <summary>Authentication, the acting person of each request, the password-change gate, authorization.</summary>
    public static WebApplication UseKooperationsraumAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<ClaimsActorAccessor>().Use(context.User);
            return next(context);
        });
        app.Use(RequirePasswordChangeAsync);
        app.UseAuthorization();
        return app;
    }

    /// <summary>Sign-out: a form post with the antiforgery token, so that no other site can sign a person out.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Binding a form field is what makes a minimal API refuse a post without a valid antiforgery token.
        endpoints.MapPost(LogoutPath, async ([FromForm(Name = "__RequestVerificationToken")] string? token, SignInManager<AccountUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(LoginPath);
        });
        return endpoints;
    }

    // Pages are sent to the sign-in page; hubs, their negotiation, Blazor's circuit and the API answer with the status.
    private static Task RedirectPagesOnly(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (NonPagePrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            // The bare status is the answer; a status-code page would re-execute into a page and redirect after all.
            DisableStatusCodePages(context.HttpContext);
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static void DisableStatusCodePages(HttpContext context)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }
    }

    // An account whose password an administrator set must choose its own before doing anything else.
    private static Task RequirePasswordChangeAsync(HttpContext context, Func<Task> next)
    {
        var path = context.Request.Path;
        if (!context.User.HasClaim(claim => claim.Type == ActorClaims.MustChangePassword)
            || path.StartsWithSegments(ChangePasswordPath) || path.StartsWithSegments(LogoutPath)
            || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return next();
        }

        if (NonPagePrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            DisableStatusCodePages(context);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        context.Response.Redirect(ChangePasswordPath);
        return Task.CompletedTask;
    }
}
