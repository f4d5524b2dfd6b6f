using Kooperationsraum.Grains.Interfaces.Accounts;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Persistence;

namespace Kooperationsraum.Grains.Accounts;

/// <summary>
/// Finds accounts by their unique keys. It never calls an account grain (they call it), so no call cycle can form.
/// A lookup is a scan: a platform has thousands of accounts, not millions, and one turn at a time keeps it consistent.
/// </summary>
public sealed class AccountIndexGrain([PersistentState("accountIndex")] IPersistentState<AccountIndexState> storage)
    : Grain, IAccountIndexGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        storage.State.UpgradeSchema();
        return Task.CompletedTask;
    }

    public Task<string?> FindByUserNameAsync(string normalizedUserName) =>
        Task.FromResult(storage.State.Entries.Find(entry => entry.NormalizedUserName == normalizedUserName)?.PersonId);

    public Task<string?> FindByEmailAsync(string normalizedEmail) =>
        Task.FromResult(storage.State.Entries.Find(entry => entry.NormalizedEmail == normalizedEmail)?.PersonId);

    public Task<string?> FindByLoginAsync(string loginProvider, string providerKey)
    {
        var key = AccountIndexEntry.LoginKey(loginProvider, providerKey);
        return Task.FromResult(storage.State.Entries.Find(entry => entry.LoginKeys.Contains(key))?.PersonId);
    }

    public Task<bool> HasAdministratorAsync() => Task.FromResult(storage.State.Entries.Exists(entry => entry.IsAdministrator));

    public async Task<AccountWriteOutcome> RegisterAsync(AccountIndexEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var others = storage.State.Entries.Where(each => each.PersonId != entry.PersonId).ToList();
        if (others.Exists(each => each.NormalizedUserName == entry.NormalizedUserName))
        {
            return AccountWriteOutcome.UserNameTaken;
        }

        if (entry.NormalizedEmail is { Length: > 0 } && others.Exists(each => each.NormalizedEmail == entry.NormalizedEmail))
        {
            return AccountWriteOutcome.EmailTaken;
        }

        if (others.Exists(each => each.LoginKeys.Intersect(entry.LoginKeys).Any()))
        {
            return AccountWriteOutcome.LoginTaken;
        }

        if (storage.State.Entries.Find(each => each.PersonId == entry.PersonId) is { } existing
            && existing.NormalizedUserName == entry.NormalizedUserName
            && existing.NormalizedEmail == entry.NormalizedEmail
            && existing.IsAdministrator == entry.IsAdministrator
            && existing.LoginKeys.SequenceEqual(entry.LoginKeys))
        {
            return AccountWriteOutcome.Saved;
        }

        var changed = storage.State.Clone();
        changed.Entries = [.. others, entry with { LoginKeys = [.. entry.LoginKeys] }];
        await storage.CommitAsync(changed, DeactivateOnIdle);
        return AccountWriteOutcome.Saved;
    }

    public async Task UnregisterAsync(string personId)
    {
        if (!storage.State.Entries.Exists(each => each.PersonId == personId))
        {
            return;
        }

        var changed = storage.State.Clone();
        changed.Entries.RemoveAll(each => each.PersonId == personId);
        await storage.CommitAsync(changed, DeactivateOnIdle);
    }

    public async Task<bool> ClaimFirstAdministratorAsync(string personId)
    {
        var entry = storage.State.Entries.Find(each => each.PersonId == personId);
        if (entry is null || storage.State.Entries.Exists(each => each.IsAdministrator))
        {
            return false;
        }

        var changed = storage.State.Clone();
        changed.Entries[changed.Entries.IndexOf(entry)] = entry with { IsAdministrator = true };
        await storage.CommitAsync(changed, DeactivateOnIdle);
        return true;
    }
}
