using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>One running product per test collection: starting Kestrel and the grain host is the expensive part.</summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public KooperationsraumAppFactory Factory { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IGrainFactory Grains => Factory.Services.GetRequiredService<IGrainFactory>();

    public Actor Operator => Factory.Services.GetRequiredService<IActorAccessor>().Current;

    public Task InitializeAsync()
    {
        BaseAddress = Factory.BaseAddress;
        return Task.CompletedTask;
    }

    /// <summary>Creates a fresh project workspace, so that tests sharing the host never see each other's boards.</summary>
    public async Task<WorkspaceSnapshot> CreateWorkspaceAsync(string title)
    {
        var details = new WorkspaceDetails(WorkspaceKind.Cooperation, title, string.Empty, [Operator.OrganisationId]);
        return await Grains.GetGrain<IWorkspaceGrain>(Guid.NewGuid().ToString("N")).CreateAsync(Operator, details);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
    }
}
