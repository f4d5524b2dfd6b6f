using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Persistence;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>The list of every workspace; the rules are in <see cref="WorkspaceRegistry"/>.</summary>
public sealed class WorkspaceRegistryGrain([PersistentState("registry")] IPersistentState<RegistryState> storage)
    : Grain, IWorkspaceRegistryGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        storage.State.UpgradeSchema();
        return Task.CompletedTask;
    }

    public async Task RecordAsync(WorkspaceSummary summary, IReadOnlyList<string> memberPersonIds)
    {
        var changed = storage.State.Clone();
        if (!new WorkspaceRegistry(changed).Record(summary, memberPersonIds))
        {
            return;
        }

        await storage.CommitAsync(changed, DeactivateOnIdle);
    }

    public Task<IReadOnlyList<WorkspaceSummary>> ListAsync() => Task.FromResult(new WorkspaceRegistry(storage.State).List());

    public Task<IReadOnlyList<WorkspaceSummary>> ListCandidatesForAsync(string personId)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        return Task.FromResult(new WorkspaceRegistry(storage.State).CandidatesFor(personId));
    }
}
