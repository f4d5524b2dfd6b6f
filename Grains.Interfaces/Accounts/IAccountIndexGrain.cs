using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Grains.Interfaces.Accounts;

/// <summary>
/// Finds accounts by normalised user name, e-mail address or external login, and knows whether an administrator exists.
/// There is one, keyed <see cref="DefaultKey"/>. Only account grains write to it.
/// </summary>
public interface IAccountIndexGrain : IGrainWithStringKey
{
    const string DefaultKey = "default";

    /// <summary>The person whose account has this normalised user name, or null.</summary>
    Task<string?> FindByUserNameAsync(string normalizedUserName);

    /// <summary>The person whose account has this normalised e-mail address, or null.</summary>
    Task<string?> FindByEmailAsync(string normalizedEmail);

    /// <summary>The person whose account is linked to this external login, or null.</summary>
    Task<string?> FindByLoginAsync(string loginProvider, string providerKey);

    /// <summary>Whether any account is an administrator.</summary>
    Task<bool> HasAdministratorAsync();

    /// <summary>
    /// Records an account's keys, replacing what was recorded for that person; changes nothing and says which key is
    /// taken when another person's account has it.
    /// </summary>
    Task<AccountWriteOutcome> RegisterAsync(AccountIndexEntry entry);

    /// <summary>Forgets a person's account.</summary>
    Task UnregisterAsync(string personId);

    /// <summary>Marks the person's registered account as administrator if no account is one yet; false otherwise.</summary>
    Task<bool> ClaimFirstAdministratorAsync(string personId);
}
