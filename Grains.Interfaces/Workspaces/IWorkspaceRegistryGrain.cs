using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>
/// Lists every workspace. There is one, keyed <see cref="DefaultKey"/>. Workspaces report to it; it never
/// calls a workspace, so no call cycle can form.
/// </summary>
public interface IWorkspaceRegistryGrain : IGrainWithStringKey
{
    const string DefaultKey = "default";

    /// <summary>Adds or replaces the summary of a workspace.</summary>
    Task RecordAsync(WorkspaceSummary summary);

    /// <summary>Every workspace, newest first.</summary>
    Task<IReadOnlyList<WorkspaceSummary>> ListAsync();
}
