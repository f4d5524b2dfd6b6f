using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Workspaces;
using Kooperationsraum.Silo.Runtime;
using Kooperationsraum.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kooperationsraum.Silo.Hosting;

/// <summary>Adds the grain host to an application.</summary>
public static class SiloHostApplicationBuilderExtensions
{
    /// <summary>
    /// Adds the single-process grain host: <see cref="IGrainFactory"/> as a singleton, the grain classes of
    /// <c>Kooperationsraum.Grains</c> and of the assemblies added through <paramref name="configure"/>, the grain
    /// storage, and a hosted service that migrates the schema at start (before any grain call runs) and deactivates
    /// every activation, writing its state, at shutdown. Grain states and grain logs share the one database. Reads <see cref="GrainHostOptions"/> from
    /// <c>Kooperationsraum:GrainHost</c> and <see cref="StorageOptions"/> from <c>Kooperationsraum:Storage</c>;
    /// a <see cref="TimeProvider"/> registered before is used, <see cref="TimeProvider.System"/> otherwise.
    /// </summary>
    public static IHostApplicationBuilder AddKooperationsraumSilo(this IHostApplicationBuilder builder, Action<SiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var silo = new SiloBuilder(services).AddGrainAssembly(typeof(WorkspaceGrain).Assembly);
        configure?.Invoke(silo);

        services.AddOptions<GrainHostOptions>()
            .BindConfiguration(GrainHostOptions.SectionName)
            .Validate(
                o => o.IdleTimeout > TimeSpan.Zero && o.CollectionInterval > TimeSpan.Zero && o.CallTimeout > TimeSpan.Zero && o.ObserverQueueCapacity > 0,
                "IdleTimeout, CollectionInterval, CallTimeout and ObserverQueueCapacity must be positive.")
            .ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new GrainTypeRegistry(silo.GrainAssemblies));
        services.AddSingleton(CreateDialect);
        services.AddSingleton<IGrainStorage, AdoNetGrainStorage>();
        services.AddSingleton<IGrainLogStorage, AdoNetGrainLogStorage>();
        services.AddSingleton<GrainHost>();
        services.AddSingleton<IGrainFactory, GrainFactory>();
        services.AddHostedService(provider => provider.GetRequiredService<GrainHost>());
        return builder;
    }

    private static IAdoNetDialect CreateDialect(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return StorageProviders.CreateDialect(options.Provider, options.ConnectionString);
    }
}
