using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Web.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>One running product whose hub connections act as the cast member they name (see <see cref="PersonaActorAccessor"/>).</summary>
public sealed class PersonaWebAppFixture : IAsyncLifetime
{
    public KooperationsraumAppFactory Factory { get; } = new(services =>
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<OperatorActorAccessor>();
        services.Replace(ServiceDescriptor.Singleton<IActorAccessor, PersonaActorAccessor>());
    });

    public Uri BaseAddress { get; private set; } = null!;

    public IGrainFactory Grains => Factory.Services.GetRequiredService<IGrainFactory>();

    public Task InitializeAsync()
    {
        BaseAddress = Factory.BaseAddress;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
    }
}
