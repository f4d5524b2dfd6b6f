using System.Collections.Concurrent;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// Whether an actor may read or edit one document: administrators always, everyone else by the role the document's
/// workspace gives them for this document (none when its visibility leaves them out), which is asked once per person
/// and kept for <see cref="CacheDuration"/>, so that typing does not cost a workspace call per keystroke. The workspace
/// makes it <see cref="Forget"/> a person whose role changed, and <see cref="ForgetAll"/> when someone left or the
/// visibility changed.
/// Safe for parallel calls; it holds no lock while it waits for the workspace.
/// </summary>
public sealed class DocumentAccess(IGrainFactory grains, TimeProvider clock)
{
    /// <summary>How long an answer of the workspace is trusted without asking again.</summary>
    public static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(30);

    // The pending or finished answer, so that parallel calls of one person share one question to the workspace.
    private readonly ConcurrentDictionary<string, (Task<WorkspaceRole?> Role, DateTimeOffset Expires)> roles = new(StringComparer.Ordinal);

    /// <summary>
    /// Refuses with <see cref="DocumentError.AccessDenied"/> unless <paramref name="actor"/> may <paramref name="edit"/>
    /// (or, when false, read) document <paramref name="documentId"/> of workspace <paramref name="workspaceId"/>.
    /// </summary>
    public async Task DemandAsync(Actor actor, string documentId, string workspaceId, bool edit)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsAdministrator)
        {
            return;
        }

        var role = await RoleAsync(actor.PersonId, documentId, workspaceId);
        var allowed = edit ? role is WorkspaceRole.Member or WorkspaceRole.Coordination : role is not null;
        if (!allowed)
        {
            var right = edit ? "edit" : "read";
            var needed = edit ? "Member (Mitglied) or Coordination (Koordination)" : "any role";
            throw new DocumentRuleException(
                DocumentError.AccessDenied,
                $"{actor.PersonId} may not {right} document '{documentId}': that needs {needed} in workspace '{workspaceId}' "
                + $"and a visibility that includes them, and they hold {(role is null ? "none" : role.ToString())}.");
        }
    }

    /// <summary>Drops what is known of <paramref name="personId"/>'s role; their next call asks the workspace again.</summary>
    public void Forget(string personId) => roles.TryRemove(personId, out _);

    /// <summary>Drops everything known; every person's next call asks the workspace again.</summary>
    public void ForgetAll() => roles.Clear();

    private Task<WorkspaceRole?> RoleAsync(string personId, string documentId, string workspaceId)
    {
        var now = clock.GetUtcNow();
        if (roles.TryGetValue(personId, out var cached) && cached.Expires > now)
        {
            return cached.Role;
        }

        RemoveExpired(now);
        var asked = (Role: grains.GetGrain<IWorkspaceGrain>(workspaceId).GetDocumentRoleAsync(personId, documentId), Expires: now + CacheDuration);
        roles[personId] = asked;

        // A failed question is no answer: it leaves the cache, so that the next call asks again rather than failing
        // until the entry expires. Only this entry leaves; a newer one a later call made stays.
        _ = asked.Role.ContinueWith(
            _ => roles.TryRemove(KeyValuePair.Create(personId, asked)),
            CancellationToken.None,
            TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return asked.Role;
    }

    // Bounds the cache by the people who called within the last cache period.
    private void RemoveExpired(DateTimeOffset now)
    {
        foreach (var entry in roles)
        {
            if (entry.Value.Expires <= now)
            {
                roles.TryRemove(entry);
            }
        }
    }
}
