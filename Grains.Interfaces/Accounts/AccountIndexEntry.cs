namespace Kooperationsraum.Grains.Interfaces.Accounts;

/// <summary>What the account index knows of one account: the keys it is found by, and whether it administers.</summary>
public sealed record AccountIndexEntry(
    string PersonId,
    string NormalizedUserName,
    string? NormalizedEmail,
    IReadOnlyList<string> LoginKeys,
    bool IsAdministrator)
{
    /// <summary>The one key of an external login, provider and the provider's key together.</summary>
    public static string LoginKey(string loginProvider, string providerKey) => $"{loginProvider}\n{providerKey}";
}
