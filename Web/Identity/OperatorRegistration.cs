using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Microsoft.Extensions.Options;

namespace Kooperationsraum.Web.Identity;

/// <summary>Makes sure the operator and their organisation exist in the directory before anyone acts.</summary>
public sealed class OperatorRegistration(
    IGrainFactory grains,
    IActorAccessor actors,
    IOptions<OperatorOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var directory = grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);
        await directory.AddOrganisationAsync(
            actors.Current,
            new Organisation(settings.OrganisationId, settings.OrganisationName, settings.OrganisationKind, settings.City));
        await directory.AddPersonAsync(
            actors.Current,
            new Person(settings.PersonId, settings.DisplayName, settings.Email, settings.OrganisationId));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
