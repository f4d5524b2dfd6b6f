using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Kooperationsraum.Silo.Hosting;

/// <summary>Configures what <see cref="SiloHostApplicationBuilderExtensions.AddKooperationsraumSilo"/> adds.</summary>
public sealed class SiloBuilder
{
    private readonly List<Assembly> grainAssemblies = [];

    internal SiloBuilder(IServiceCollection services) => Services = services;

    /// <summary>The host's services: for the grains' dependencies, or to configure <see cref="GrainHostOptions"/> in code.</summary>
    public IServiceCollection Services { get; }

    internal IReadOnlyList<Assembly> GrainAssemblies => grainAssemblies;

    /// <summary>Adds an assembly whose grain classes the host activates, beside <c>Kooperationsraum.Grains</c>.</summary>
    public SiloBuilder AddGrainAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        grainAssemblies.Add(assembly);
        return this;
    }
}
