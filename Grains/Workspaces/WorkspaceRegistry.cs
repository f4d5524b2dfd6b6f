using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>The rules of the workspace list: one summary per workspace id, listed newest first.</summary>
public sealed class WorkspaceRegistry(RegistryState state)
{
    private static readonly string[] NoPartners = [];

    /// <summary>Adds or replaces the summary with the same id.</summary>
    /// <returns>Whether the list changed; an unchanged summary, as every activation reports, needs no write.</returns>
    public bool Record(WorkspaceSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var index = state.Workspaces.FindIndex(each => each.Id == summary.Id);
        if (index < 0)
        {
            state.Workspaces.Add(summary);
            return true;
        }

        if (AreSame(state.Workspaces[index], summary))
        {
            return false;
        }

        state.Workspaces[index] = summary;
        return true;
    }

    public IReadOnlyList<WorkspaceSummary> List() =>
        [.. state.Workspaces.OrderByDescending(summary => summary.CreatedAt).ThenBy(summary => summary.Id, StringComparer.Ordinal)];

    // Records compare lists by reference, so the partners are compared by content and left out of the rest.
    private static bool AreSame(WorkspaceSummary stored, WorkspaceSummary reported) =>
        stored with { PartnerOrganisationIds = NoPartners } == reported with { PartnerOrganisationIds = NoPartners }
        && (stored.PartnerOrganisationIds ?? NoPartners).SequenceEqual(reported.PartnerOrganisationIds ?? NoPartners, StringComparer.Ordinal);
}
