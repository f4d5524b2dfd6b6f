using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;

namespace Kooperationsraum.Tests.Dashboards;

/// <summary>
/// The editing sessions a test expects, by the definition and independent of how the product counts them: per project
/// and organisation, one per person and document for every edit after a pause of more than half an hour, or for another
/// organisation than the person's previous edit there. Deleted documents keep counting.
/// </summary>
public sealed class EditSessionOracle
{
    private readonly Dictionary<(string DocumentId, string PersonId), (string OrganisationId, DateTimeOffset At)> latest = [];
    private readonly Dictionary<string, Dictionary<string, int>> sessions = new(StringComparer.Ordinal);

    /// <summary>Records an acknowledged edit of <paramref name="actor"/> at <paramref name="at"/>.</summary>
    public void Edited(string projectId, string documentId, Actor actor, DateTimeOffset at)
    {
        var key = (documentId, actor.PersonId);
        var continues = latest.TryGetValue(key, out var previous)
            && previous.OrganisationId == actor.OrganisationId
            && at - previous.At <= TimeSpan.FromMinutes(30);
        latest[key] = (actor.OrganisationId, at);
        if (!continues)
        {
            var counts = sessions.TryGetValue(projectId, out var held) ? held : sessions[projectId] = new(StringComparer.Ordinal);
            counts[actor.OrganisationId] = counts.GetValueOrDefault(actor.OrganisationId) + 1;
        }
    }

    /// <summary>The sessions expected in <paramref name="projectId"/>, by organisation.</summary>
    public IReadOnlyList<EditCount> Of(string projectId) =>
    [
        .. (sessions.GetValueOrDefault(projectId) ?? []).OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new EditCount(pair.Key, pair.Value)),
    ];
}
