using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Persistence;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// The workspace's part in the data protection rights: a person's download of what it holds about them, and an
/// administrator's deletion of a person.
/// </summary>
public sealed partial class WorkspaceGrain
{
    public async Task<PersonalWorkspaceData?> GetPersonalDataAsync(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var state = storage.State;
        if (!state.Exists)
        {
            return null;
        }

        var personId = actor.PersonId;
        var tasks = state.Columns
            .SelectMany(column => column.Tasks)
            .Select(task => new PersonalTask(
                task.Id,
                task.Title,
                task.Created.PersonId == personId,
                task.AssigneeIds.Contains(personId),
                [.. task.Comments.Where(comment => comment.By.PersonId == personId).Select(comment => comment.ToContract())]))
            .Where(task => task.Created || task.Assigned || task.Comments.Count > 0)
            .ToList();
        var documents = state.Documents.Where(document => document.Created.PersonId == personId).Select(document => document.ToContract()).ToList();
        var workspace = Current();
        var records = await AuditAsync();
        var entries = Enumerable.Range(0, records.Count)
            .Where(index => records[index].ActorPersonId == personId)
            .Select(index => Entry(workspace, actor, records, index))
            .ToList();
        var role = state.Members.Find(member => member.PersonId == personId)?.Role;
        return role is null && tasks.Count == 0 && documents.Count == 0 && entries.Count == 0
            ? null
            : new PersonalWorkspaceData(state.Id, state.Details.Title, role, tasks, documents, entries);
    }

    public async Task ForgetPersonAsync(Actor actor, string personId)
    {
        Workspace.DemandAdministrator(actor);
        if (!storage.State.Exists)
        {
            return;
        }

        if (storage.State.Members.Exists(member => member.PersonId == personId))
        {
            var left = await AuditedAsync(actor, workspace => workspace.ForgetMember(actor, personId));
            await RevokeAccessAsync(storage.State.Documents.Select(entry => entry.Id), [left.PersonId]);
            await ReportSummaryAsync();
        }
        else
        {
            var changed = storage.State.Clone();
            if (new Workspace(changed, Context.TimeProvider).Pseudonymise(actor, personId))
            {
                await storage.CommitAsync(changed, DeactivateOnIdle);
                await PushDashboardSummaryAsync();
            }
        }

        // Unlike access revocation, this must not be swallowed: a document left with the name fails the deletion, which
        // the administrator then repeats.
        await Task.WhenAll(storage.State.Documents.Select(entry => GrainFactory.GetGrain<IDocumentGrain>(entry.Id).ForgetPersonAsync(actor, personId)));
    }
}
