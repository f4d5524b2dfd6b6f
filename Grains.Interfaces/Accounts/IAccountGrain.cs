using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Grains.Interfaces.Accounts;

/// <summary>
/// The account of one person, keyed by the person's id. The record methods serve the server's Identity store (sign-in
/// runs before anyone is known, so they take no actor and no request ever reaches them directly); whatever only an
/// administrator may do takes the acting person and checks it.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>The account, or null when this person has none.</summary>
    Task<AccountRecord?> GetAsync();

    /// <summary>Creates the account; it never starts as an administrator, whatever the record says.</summary>
    Task<AccountWriteOutcome> CreateAsync(AccountRecord account);

    /// <summary>
    /// Replaces the sign-in data if the stored concurrency stamp is <paramref name="expectedConcurrencyStamp"/>; the
    /// administrator flag stays as it is.
    /// </summary>
    Task<AccountWriteOutcome> UpdateAsync(AccountRecord account, string expectedConcurrencyStamp);

    /// <summary>Deletes the account; the person stays in the directory. A cookie of the account stops working.</summary>
    Task DeleteAsync();

    /// <summary>
    /// Deletes the person: removes them from every workspace, puts their pseudonym in place of their name there and in
    /// the directory, and deletes their account, so that they can no longer sign in and their open sessions end. Administrators only; nobody deletes
    /// themselves, so the acting administrator always remains.
    /// </summary>
    Task DeletePersonAsync(Actor actor);

    /// <summary>
    /// Makes this account an administrator if, and only if, the platform has none yet (first start); false otherwise.
    /// </summary>
    Task<bool> BecomeFirstAdministratorAsync();

    /// <summary>Grants or takes the administrator flag. Administrators only; nobody takes it from themselves.</summary>
    Task SetAdministratorAsync(Actor actor, bool isAdministrator);

    /// <summary>Locks the account until unlocked, or unlocks it. Administrators only; nobody locks themselves out.</summary>
    Task SetLockedAsync(Actor actor, bool locked);

    /// <summary>
    /// Stores a new invitation (the hash of its one-time token) and drops any earlier one. Administrators only, for an
    /// account that has no password yet.
    /// </summary>
    Task InviteAsync(Actor actor, AccountInvitation invitation);
}
