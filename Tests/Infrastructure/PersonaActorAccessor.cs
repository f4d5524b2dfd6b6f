using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Tests.Grains.Workspaces;
using Kooperationsraum.Web.Identity;
using Microsoft.AspNetCore.Http;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>
/// Acts as the cast member a request names in its query (<c>?persona=dora</c>), so that hub tests can connect as
/// different people of different organisations to one running product; without the parameter, as the operator. For
/// a hub connection the query is the one it connected with, so every call on it acts as the same person. Tests only:
/// the product identifies people by their accounts.
/// </summary>
public sealed class PersonaActorAccessor(IHttpContextAccessor http, OperatorActorAccessor fallback) : IActorAccessor
{
    public const string QueryName = "persona";

    public static readonly IReadOnlyList<Actor> Cast =
    [
        WorkspaceScenario.Anna, WorkspaceScenario.Ben, WorkspaceScenario.Dora, WorkspaceScenario.Gina, WorkspaceScenario.Otto,
    ];

    public Actor Current =>
        http.HttpContext?.Request.Query[QueryName].ToString() is { Length: > 0 } persona
            ? Cast.Single(actor => actor.PersonId == persona)
            : fallback.Current;

    /// <summary>The product's address with the persona in the query, for <c>HubProtocolClient.ConnectAsync</c>.</summary>
    public static Uri AddressFor(Uri baseAddress, Actor actor) =>
        new UriBuilder(baseAddress) { Query = $"{QueryName}={Uri.EscapeDataString(actor.PersonId)}" }.Uri;
}
