using Microsoft.Extensions.Options;

namespace Kooperationsraum.Web.Accounts;

/// <summary>
/// Creates the configured first administrator at start, if configured and the platform has no administrator yet. A
/// configured password that breaks the password rules stops the start, loudly, rather than leaving a weak account.
/// </summary>
public sealed class AdministratorBootstrap(IServiceScopeFactory scopes, IOptions<SetupOptions> options, ILogger<AdministratorBootstrap> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var email = settings.AdministratorEmail?.Trim();
        var password = settings.AdministratorPassword;
        if (string.IsNullOrEmpty(email) && string.IsNullOrEmpty(password))
        {
            return;
        }

        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(password))
        {
            throw new InvalidOperationException(
                $"{SetupOptions.SectionName} needs both AdministratorEmail and AdministratorPassword, or neither (then the first start shows /setup).");
        }

        await using var scope = scopes.CreateAsyncScope();
        var setup = scope.ServiceProvider.GetRequiredService<FirstAdministratorSetup>();
        if (!await setup.IsOpenAsync())
        {
            return;
        }

        var (_, result) = await setup.CreateAsync(new FirstAdministrator(
            settings.OrganisationName is { Length: > 0 } organisation ? organisation : "Betreiberorganisation",
            settings.OrganisationKind,
            settings.City ?? string.Empty,
            settings.AdministratorName is { Length: > 0 } name ? name : email,
            email,
            password));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The configured first administrator could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }

        logger.LogInformation("Created the configured first administrator {Email}.", email);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
