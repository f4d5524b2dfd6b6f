using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Hubs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kooperationsraum.Tests.Hubs;

/// <summary>
/// What the product logs of hub calls that fail, on a product of its own with a log recorder: a call the hub refuses is
/// expected and logged as information, a defect is logged as an error with its exception, and nothing logs the refusal
/// as an error.
/// </summary>
public sealed class HubCallLoggingTests : IAsyncLifetime
{
    private readonly LogRecorder log = new();
    private readonly KooperationsraumAppFactory factory;

    public HubCallLoggingTests()
    {
        factory = new KooperationsraumAppFactory(configure: builder =>
        {
            builder.ConfigureLogging(logging => logging.AddProvider(log));
            builder.ConfigureServices(services => services.Configure<HubOptions>(options => options.AddFilter<DefectiveHubFilter>()));
        });
    }

    [Fact]
    public async Task ARefusedHubCallIsLoggedAsInformationAndNotAsAnError()
    {
        await using var hub = await ConnectAsync();

        var join = () => hub.InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.JoinWorkspaceAsync), "gibt-es-nicht");

        await join.Should().ThrowAsync<HubCallFailedException>();
        log.Records.Should().Contain(record => record.Level == LogLevel.Information
            && record.Category == typeof(HubCallLogFilter).FullName
            && record.Message.Contains(nameof(WorkspaceHub.JoinWorkspaceAsync), StringComparison.Ordinal)
            && record.Message.Contains("gibt-es-nicht", StringComparison.Ordinal));
        log.Records.Should().NotContain(record => record.Level >= LogLevel.Warning
            && (record.Message.Contains(nameof(WorkspaceHub.JoinWorkspaceAsync), StringComparison.Ordinal) || record.Exception is HubException));
    }

    [Fact]
    public async Task AnUnexpectedFailureOfAHubCallIsStillLoggedAsAnErrorWithItsException()
    {
        await using var hub = await ConnectAsync();

        var leave = () => hub.InvokeAsync(nameof(WorkspaceHub.LeaveWorkspaceAsync), DefectiveHubFilter.Trigger);

        await leave.Should().ThrowAsync<HubCallFailedException>();
        var errors = log.Records.Where(record => record.Level >= LogLevel.Error
            && record.Message.Contains(nameof(WorkspaceHub.LeaveWorkspaceAsync), StringComparison.Ordinal));
        errors.Should().ContainSingle("the filter logs it, and the dispatcher no longer logs it a second time")
            .Which.Should().Match<RecordedLog>(record => record.Category == typeof(HubCallLogFilter).FullName && record.Exception is InvalidOperationException);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<HubProtocolClient> ConnectAsync()
    {
        var cookies = await AccountSignIn.SignInAsync(factory.BaseAddress, KooperationsraumAppFactory.AdministratorEmail, KooperationsraumAppFactory.AdministratorPassword);
        return await HubProtocolClient.ConnectAsync(factory.BaseAddress, WorkspaceHub.Path, cookies);
    }
}
