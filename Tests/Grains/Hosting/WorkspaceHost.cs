using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Silo.Hosting;
using Kooperationsraum.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kooperationsraum.Tests.Grains.Hosting;

/// <summary>
/// A started host with the product's grains, as the product adds them, on a SQLite file; its storage is wrapped in a
/// <see cref="RecordingGrainStorage"/>, grain states and logs alike. Unlike <c>TestSilo</c> it takes the clock the grains see.
/// </summary>
public sealed class WorkspaceHost : IAsyncDisposable
{
    private readonly IHost host;
    private bool stopped;

    private WorkspaceHost(IHost host) => this.host = host;

    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public RecordingGrainStorage Storage => host.Services.GetRequiredService<RecordingGrainStorage>();

    public IWorkspaceRegistryGrain Registry => Grains.GetGrain<IWorkspaceRegistryGrain>(IWorkspaceRegistryGrain.DefaultKey);

    public IDirectoryGrain Directory => Grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey);

    /// <summary>
    /// Starts a host on <paramref name="databasePath"/>. <paramref name="clock"/> is the host's <see cref="TimeProvider"/>
    /// (the system clock when null); <paramref name="settings"/> are configuration keys and values.
    /// </summary>
    public static async Task<WorkspaceHost> StartAsync(
        string databasePath, TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Kooperationsraum:Storage:ConnectionString"] = $"Data Source={databasePath}" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.AddKooperationsraumSilo();
        RecordStorageCalls(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new WorkspaceHost(host);
    }

    public IWorkspaceGrain Workspace(string id) => Grains.GetGrain<IWorkspaceGrain>(id);

    public IDocumentGrain Document(string id) => Grains.GetGrain<IDocumentGrain>(id);

    /// <summary>Stops the host as the product stops: every activation is deactivated and writes what changed.</summary>
    public async Task StopAsync()
    {
        stopped = true;
        await host.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!stopped)
        {
            await StopAsync();
        }

        host.Dispose();
    }

    // Wraps the storage the silo registered rather than building one here, so that the tests run on the product's.
    private static void RecordStorageCalls(IServiceCollection services)
    {
        var states = services.Last(descriptor => descriptor.ServiceType == typeof(IGrainStorage));
        var logs = services.Last(descriptor => descriptor.ServiceType == typeof(IGrainLogStorage));
        services.Remove(states);
        services.Remove(logs);
        services.AddSingleton(provider => new RecordingGrainStorage((IGrainStorage)Create(states, provider), (IGrainLogStorage)Create(logs, provider)));
        services.AddSingleton<IGrainStorage>(provider => provider.GetRequiredService<RecordingGrainStorage>());
        services.AddSingleton<IGrainLogStorage>(provider => provider.GetRequiredService<RecordingGrainStorage>());
    }

    private static object Create(ServiceDescriptor descriptor, IServiceProvider provider) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
