using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// The rules of the workspace list: one summary per workspace id, listed newest first, with the members each workspace
/// last reported.
/// </summary>
public sealed class WorkspaceRegistry(RegistryState state)
{
    private static readonly string[] NoPartners = [];

    /// <summary>Adds or replaces the summary with the same id, and the ids of its members.</summary>
    /// <returns>Whether the list changed; an unchanged summary, as every activation reports, needs no write.</returns>
    public bool Record(WorkspaceSummary summary, IReadOnlyList<string> memberPersonIds)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(memberPersonIds);
        List<string> members = [.. memberPersonIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var membersChanged = !state.Members.TryGetValue(summary.Id, out var known) || !known.SequenceEqual(members, StringComparer.Ordinal);
        state.Members[summary.Id] = members;

        var index = state.Workspaces.FindIndex(each => each.Id == summary.Id);
        if (index < 0)
        {
            state.Workspaces.Add(summary);
            return true;
        }

        if (AreSame(state.Workspaces[index], summary))
        {
            return membersChanged;
        }

        state.Workspaces[index] = summary;
        return true;
    }

    public IReadOnlyList<WorkspaceSummary> List() => Newest(state.Workspaces);

    /// <summary>The workspaces that named <paramref name="personId"/> as a member, and those that have not reported their members yet.</summary>
    public IReadOnlyList<WorkspaceSummary> CandidatesFor(string personId) =>
        Newest(state.Workspaces.Where(summary =>
            !state.Members.TryGetValue(summary.Id, out var members) || members.BinarySearch(personId, StringComparer.Ordinal) >= 0));

    private static List<WorkspaceSummary> Newest(IEnumerable<WorkspaceSummary> summaries) =>
        [.. summaries.OrderByDescending(summary => summary.CreatedAt).ThenBy(summary => summary.Id, StringComparer.Ordinal)];

    // Records compare lists by reference, so the partners are compared by content and left out of the rest.
    private static bool AreSame(WorkspaceSummary stored, WorkspaceSummary reported) =>
        stored with { PartnerOrganisationIds = NoPartners } == reported with { PartnerOrganisationIds = NoPartners }
        && (stored.PartnerOrganisationIds ?? NoPartners).SequenceEqual(reported.PartnerOrganisationIds ?? NoPartners, StringComparer.Ordinal);
}
