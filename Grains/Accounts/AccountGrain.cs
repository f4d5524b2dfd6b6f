using Kooperationsraum.Grains.Interfaces.Accounts;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Workspaces;

namespace Kooperationsraum.Grains.Accounts;

/// <summary>
/// One person's account. Its keys go to the <see cref="IAccountIndexGrain"/> before the account is written, so two
/// accounts can never share a user name or e-mail address; should the write then fail, the index points at an account
/// that does not have the key, which lookups check. Every change an administrator makes renews the security stamp, so
/// the person's cookies stop working at their next validation and they sign in again with what is now true.
/// </summary>
public sealed class AccountGrain([PersistentState("account")] IPersistentState<AccountState> storage) : Grain, IAccountGrain
{
    private IAccountIndexGrain Index => GrainFactory.GetGrain<IAccountIndexGrain>(IAccountIndexGrain.DefaultKey);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        storage.State.UpgradeSchema();
        return Task.CompletedTask;
    }

    public Task<AccountRecord?> GetAsync() => Task.FromResult(storage.State.Account);

    public async Task<AccountWriteOutcome> CreateAsync(AccountRecord account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (storage.State.Account is not null)
        {
            return AccountWriteOutcome.Exists;
        }

        return await WriteAsync(account with { PersonId = GetPrimaryKeyString(), IsAdministrator = false });
    }

    public async Task<AccountWriteOutcome> UpdateAsync(AccountRecord account, string expectedConcurrencyStamp)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (storage.State.Account is not { } stored)
        {
            return AccountWriteOutcome.Missing;
        }

        if (stored.ConcurrencyStamp != expectedConcurrencyStamp)
        {
            return AccountWriteOutcome.Conflict;
        }

        // Only InviteAsync opens an invitation; a store write may close it (the invitee set a password), never open one.
        return await WriteAsync(account with
        {
            PersonId = stored.PersonId,
            IsAdministrator = stored.IsAdministrator,
            Invitation = account.Invitation is null ? null : stored.Invitation,
        });
    }

    public async Task DeleteAsync()
    {
        if (storage.State.Account is null)
        {
            return;
        }

        await Index.UnregisterAsync(GetPrimaryKeyString());
        await storage.ClearStateAsync();
    }

    // Memberships go first and the account last: should a step fail, the administrator repeats the deletion, and until the
    // account is gone the person still appears in the administration to be deleted again.
    public async Task DeletePersonAsync(Actor actor)
    {
        DemandAdministratorOnAnother(actor, "delete");
        var personId = GetPrimaryKeyString();
        foreach (var workspace in await GrainFactory.GetGrain<IWorkspaceRegistryGrain>(IWorkspaceRegistryGrain.DefaultKey).ListAsync())
        {
            await GrainFactory.GetGrain<IWorkspaceGrain>(workspace.Id).ForgetPersonAsync(actor, personId);
        }

        await GrainFactory.GetGrain<IDirectoryGrain>(IDirectoryGrain.DefaultKey).PseudonymiseAsync(actor, personId);
        await DeleteAsync();
    }

    public async Task<bool> BecomeFirstAdministratorAsync()
    {
        if (storage.State.Account is not { } stored || !await Index.ClaimFirstAdministratorAsync(stored.PersonId))
        {
            return false;
        }

        await SaveAsync(stored with { IsAdministrator = true, SecurityStamp = NewStamp(), ConcurrencyStamp = NewStamp() });
        return true;
    }

    public async Task SetAdministratorAsync(Actor actor, bool isAdministrator)
    {
        var stored = DemandAdministratorOnAnother(actor, "change the administrator flag of");
        if (stored.IsAdministrator == isAdministrator)
        {
            return;
        }

        await WriteAsync(stored with { IsAdministrator = isAdministrator, SecurityStamp = NewStamp(), ConcurrencyStamp = NewStamp() });
    }

    public async Task SetLockedAsync(Actor actor, bool locked)
    {
        var stored = DemandAdministratorOnAnother(actor, "lock or unlock");
        await SaveAsync(stored with
        {
            LockoutEnabled = true,
            LockoutEnd = locked ? DateTimeOffset.MaxValue : null,
            AccessFailedCount = 0,
            SecurityStamp = NewStamp(),
            ConcurrencyStamp = NewStamp(),
        });
    }

    public async Task InviteAsync(Actor actor, AccountInvitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var stored = DemandAdministratorOnAnother(actor, "invite");
        if (stored.PasswordHash is not null)
        {
            throw Refusal.Because(WorkspaceError.InvalidDetails, "The account has a password already; nobody needs an invitation to it.", "Invitation");
        }

        await SaveAsync(stored with { Invitation = invitation, ConcurrencyStamp = NewStamp() });
    }

    private AccountRecord DemandAdministratorOnAnother(Actor actor, string what)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            throw Refusal.Because(WorkspaceError.NotAllowed, $"Only administrators {what} accounts; {actor.PersonId} is none.");
        }

        if (actor.PersonId == GetPrimaryKeyString())
        {
            throw Refusal.Because(WorkspaceError.NotAllowed, $"Administrators do not {what} their own account.");
        }

        return storage.State.Account
            ?? throw Refusal.Because(WorkspaceError.InvalidDetails, $"{GetPrimaryKeyString()} has no account.", "Account");
    }

    // Registers the keys first: a key another account holds refuses the write before anything is stored.
    private async Task<AccountWriteOutcome> WriteAsync(AccountRecord account)
    {
        var outcome = await Index.RegisterAsync(new AccountIndexEntry(
            account.PersonId,
            account.NormalizedUserName,
            account.NormalizedEmail,
            [.. account.Logins.Select(login => AccountIndexEntry.LoginKey(login.LoginProvider, login.ProviderKey))],
            account.IsAdministrator));
        if (outcome != AccountWriteOutcome.Saved)
        {
            return outcome;
        }

        await SaveAsync(account);
        return AccountWriteOutcome.Saved;
    }

    private async Task SaveAsync(AccountRecord account)
    {
        var stored = storage.State.Account;
        storage.State.Account = account with { Logins = [.. account.Logins] };
        try
        {
            await storage.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            storage.State.Account = stored;
            DeactivateOnIdle();
            throw;
        }
        catch
        {
            storage.State.Account = stored;
            throw;
        }
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
