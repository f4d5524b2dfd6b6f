using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Web.Components.Pages.Dashboards;
using Kooperationsraum.Web.Hubs;
using Kooperationsraum.Web.Identity;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using Radzen;

namespace Kooperationsraum.Bench.Dashboards;

/// <summary>
/// Builds the dashboard page on the server as the product's prerender does, with the framework's
/// <see cref="HtmlRenderer"/>, on behalf of one person: loading the dashboards from the grains and rendering the
/// table, filters, timeline and lists. Charts draw in the browser once they know their size, so their SVG is not part of
/// this HTML.
/// </summary>
public sealed class DashboardPageRenderer : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly HtmlRenderer renderer;

    public DashboardPageRenderer(IGrainFactory grains, Actor actor, string path = "portfolio")
    {
        var collection = new ServiceCollection();
        collection.AddSingleton(grains);
        collection.AddSingleton<IActorAccessor>(new FixedActorAccessor(actor));
        collection.AddSingleton(TimeProvider.System);
        collection.AddSingleton<PresenceRegistry>();
        collection.AddScoped<DashboardService>();
        collection.AddScoped<DirectoryService>();
        collection.AddScoped<PresenceService>();
        collection.AddSingleton<IJSRuntime, NoBrowserJSRuntime>();
        collection.AddSingleton(provider => new ComponentStatePersistenceManager(NullLogger<ComponentStatePersistenceManager>.Instance, provider));
        collection.AddSingleton(provider => provider.GetRequiredService<ComponentStatePersistenceManager>().State);
        collection.AddSingleton<NavigationManager>(new StaticNavigationManager(path));
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        collection.AddLocalization();
        collection.AddRadzenComponents();
        services = collection.BuildServiceProvider();
        renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
    }

    /// <summary>The services the page was rendered with, for what else should run as the same person.</summary>
    public IServiceProvider Services => services;

    /// <summary>The portfolio (no <paramref name="cooperationId"/>) or one cooperation's dashboard, as HTML.</summary>
    public Task<string> RenderAsync(string? cooperationId = null) =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = new Dictionary<string, object?> { [nameof(DashboardPage.CooperationId)] = cooperationId };
            var output = await renderer.RenderComponentAsync<DashboardPage>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }
}
