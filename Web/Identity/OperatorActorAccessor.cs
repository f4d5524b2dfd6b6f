using Kooperationsraum.Grains.Interfaces.People;
using Microsoft.Extensions.Options;

namespace Kooperationsraum.Web.Identity;

/// <summary>
/// Acts as the configured local operator, an administrator. When accounts arrive, only this class changes:
/// every grain call already names its actor.
/// </summary>
public sealed class OperatorActorAccessor(IOptions<OperatorOptions> options) : IActorAccessor
{
    public Actor Current { get; } = new(
        options.Value.PersonId,
        options.Value.DisplayName,
        options.Value.OrganisationId,
        IsAdministrator: true);
}
