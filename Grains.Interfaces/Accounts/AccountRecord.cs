namespace Kooperationsraum.Grains.Interfaces.Accounts;

/// <summary>
/// The sign-in data of one person, in the shape ASP.NET Core Identity's stores read and write. The account's key is
/// the person's id in the directory. <see cref="IsAdministrator"/> is only read here: it changes through
/// <see cref="IAccountGrain.SetAdministratorAsync"/> and <see cref="IAccountGrain.BecomeFirstAdministratorAsync"/>.
/// </summary>
public sealed record AccountRecord(
    string PersonId,
    string UserName,
    string NormalizedUserName,
    string? Email,
    string? NormalizedEmail,
    bool EmailConfirmed,
    string? PasswordHash,
    string SecurityStamp,
    string ConcurrencyStamp,
    DateTimeOffset? LockoutEnd,
    bool LockoutEnabled,
    int AccessFailedCount,
    IReadOnlyList<AccountLogin> Logins,
    bool IsAdministrator,
    bool MustChangePassword,
    AccountInvitation? Invitation = null);
