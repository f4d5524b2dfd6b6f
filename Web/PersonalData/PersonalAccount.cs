namespace Kooperationsraum.Web.PersonalData;

/// <summary>
/// A person's account as their data download shows it: what identifies it and its state, never the password hash,
/// security stamp or any token.
/// </summary>
public sealed record PersonalAccount(
    string UserName,
    string? Email,
    bool EmailConfirmed,
    bool IsAdministrator,
    bool MustChangePassword,
    DateTimeOffset? LockoutEnd,
    IReadOnlyList<string> ExternalLoginProviders);
