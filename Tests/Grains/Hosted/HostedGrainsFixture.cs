using Kooperationsraum.Tests.Grains.Hosting;
using Kooperationsraum.Tests.Grains.Workspaces;
using Kooperationsraum.Tests.Storage;

namespace Kooperationsraum.Tests.Grains.Hosted;

/// <summary>
/// One host on a manual clock for the tests of the <see cref="HostedGrainsCollection"/>, and a folder for the hosts of
/// tests that restart or run two at once. Tests on the shared host use workspace ids of their own.
/// </summary>
public sealed class HostedGrainsFixture : IAsyncLifetime
{
    public TemporaryFolder Folder { get; } = new();

    public ManualTimeProvider Clock { get; } = new(WorkspaceScenario.Start);

    public WorkspaceHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await WorkspaceHost.StartAsync(Folder.NewDatabasePath(), Clock);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Folder.Dispose();
    }
}
