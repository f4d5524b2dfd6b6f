using System.Reflection;
using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Kooperationsraum.Tests.Access;

/// <summary>
/// The access matrix: every page, endpoint, hub method and Web service method, called by each persona on a fresh
/// workspace and its document. What a persona may do is carried out; everything else is refused and changes nothing.
/// The rows come from <see cref="AccessMatrix"/>; the entry points from the running product, so a new one without a
/// row fails <see cref="EveryEntryPointOfTheRunningProductHasARow"/>.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class AccessMatrixTests(WebAppFixture app)
{
    /// <summary>
    /// Every row with every persona, on each document the row acts on; Web services are what a circuit calls, which
    /// nobody anonymous has.
    /// </summary>
    public static TheoryData<string, AccessPersona, AccessDocument> Cells()
    {
        var cells = new TheoryData<string, AccessPersona, AccessDocument>();
        foreach (var entry in AccessMatrix.Entries)
        {
            foreach (var persona in Enum.GetValues<AccessPersona>())
            {
                if (entry.Kind != AccessEntryKind.Service || persona != AccessPersona.Anonymous)
                {
                    foreach (var document in entry.Documents)
                    {
                        cells.Add(entry.Name, persona, document);
                    }
                }
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task EachPersonaMayDoWhatItsRoleAllowsAndARefusedCallChangesNothing(string entryPoint, AccessPersona persona, AccessDocument document)
    {
        var entry = AccessMatrix.Find(entryPoint);
        var world = await AccessWorld.OfAsync(app);
        var scene = (await world.CreateSceneAsync(persona.ToString())).About(document);
        var before = await world.StateOfAsync(scene);

        var outcome = await entry.CallAsync(new AccessCall(world, scene, persona));

        var mayDoIt = entry.AllowedOn(document).Contains(persona);
        outcome.Allowed.Should().Be(mayDoIt, $"{persona} {(mayDoIt ? "may" : "may not")} use {entryPoint} on the {document} document ({outcome.Detail})");
        scene.HiddenFrom(persona).Where(secret => outcome.Shown.Contains(secret, StringComparison.Ordinal))
            .Should().BeEmpty($"{entryPoint} must show {persona} nothing they may not see ({outcome.Detail})");
        if (!mayDoIt)
        {
            (await world.StateOfAsync(scene)).Should().Be(before, $"the refused call of {entryPoint} by {persona} must change nothing");
        }
    }

    [Fact]
    public void EveryEntryPointOfTheRunningProductHasARow()
    {
        var rows = AccessMatrix.Entries.Select(entry => entry.Name).ToHashSet();

        var missing = EntryPointsOfTheProduct().Where(name => !rows.Contains(name)).ToList();

        missing.Should().BeEmpty("every entry point needs a row in AccessMatrix saying who may use it and how to call it");
    }

    [Fact]
    public void EveryRowNamesAnEntryPointThatStillExists()
    {
        var entryPoints = EntryPointsOfTheProduct().ToHashSet();

        var stale = AccessMatrix.Entries.Select(entry => entry.Name).Where(name => !entryPoints.Contains(name)).ToList();

        stale.Should().BeEmpty("a row for an entry point that is gone tests nothing");
    }

    /// <summary>
    /// The product's entry points as the matrix names them: routable pages by route, other endpoints by method and
    /// route, hub methods as Hub.Method, and the public methods of the Web services as Service.Method. Static files,
    /// and the hubs' own WebSocket routes (whose methods are listed one by one), are not rows.
    /// </summary>
    private IEnumerable<string> EntryPointsOfTheProduct()
    {
        var endpoints = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var hubs = new HashSet<Type>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<HubMetadata>() is { } hub)
            {
                hubs.Add(hub.HubType);
                if (route.EndsWith("/negotiate", StringComparison.Ordinal))
                {
                    names.Add($"POST {route}");
                }

                continue;
            }

            if (IsStaticAsset(endpoint))
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            {
                names.Add(route);
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            foreach (var method in methods)
            {
                names.Add($"{method} {route}");
            }
        }

        foreach (var hub in hubs.Where(type => type.Assembly == typeof(WorkspaceService).Assembly))
        {
            // Overrides of Hub's own methods (OnDisconnectedAsync) are the framework's to call, not a client's.
            var methods = hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == hub);
            foreach (var method in methods)
            {
                names.Add($"{hub.Name}.{method.Name}");
            }
        }

        var services = typeof(WorkspaceService).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(WorkspaceService).Namespace && type.IsClass && type.Name.EndsWith("Service", StringComparison.Ordinal));
        foreach (var service in services)
        {
            foreach (var method in service.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName))
            {
                names.Add($"{service.Name}.{method.Name}");
            }
        }

        return names;
    }

    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.DisplayName?.Contains("static", StringComparison.OrdinalIgnoreCase) == true
        || endpoint.Metadata.Any(item => item.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal));
}
