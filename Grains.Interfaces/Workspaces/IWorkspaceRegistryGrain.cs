using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>
/// Lists every workspace. There is one, keyed <see cref="DefaultKey"/>. Workspaces report to it; it never
/// calls a workspace, so no call cycle can form.
/// </summary>
public interface IWorkspaceRegistryGrain : IGrainWithStringKey
{
    const string DefaultKey = "default";

    /// <summary>Adds or replaces the summary of a workspace and the ids of the people who are its members.</summary>
    Task RecordAsync(WorkspaceSummary summary, IReadOnlyList<string> memberPersonIds);

    /// <summary>Every workspace, newest first.</summary>
    Task<IReadOnlyList<WorkspaceSummary>> ListAsync();

    /// <summary>
    /// The workspaces whose last report named <paramref name="personId"/> as a member, and those that have not reported
    /// their members yet, newest first. The reports trail the workspaces' changes, so this narrows the search and the
    /// workspaces themselves have the last word on who belongs to them.
    /// </summary>
    Task<IReadOnlyList<WorkspaceSummary>> ListCandidatesForAsync(string personId);
}
