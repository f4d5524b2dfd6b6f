using Kooperationsraum.Grains.Interfaces.Accounts;

namespace Kooperationsraum.Web.Accounts;

/// <summary>
/// The account as ASP.NET Core Identity handles it: a mutable object its managers change field by field before the
/// store writes it back as one <see cref="AccountRecord"/>. <see cref="Id"/> is the person's id in the directory.
/// </summary>
public sealed class AccountUser
{
    public string Id { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public string NormalizedUserName { get; set; } = string.Empty;

    public string? Email { get; set; }

    public string? NormalizedEmail { get; set; }

    public bool EmailConfirmed { get; set; }

    public string? PasswordHash { get; set; }

    public string SecurityStamp { get; set; } = string.Empty;

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public DateTimeOffset? LockoutEnd { get; set; }

    public bool LockoutEnabled { get; set; } = true;

    public int AccessFailedCount { get; set; }

    public List<AccountLogin> Logins { get; set; } = [];

    /// <summary>Read only here; see <see cref="IAccountGrain.SetAdministratorAsync"/>.</summary>
    public bool IsAdministrator { get; private set; }

    public bool MustChangePassword { get; set; }

    public AccountInvitation? Invitation { get; set; }

    public static AccountUser From(AccountRecord record) => new()
    {
        Id = record.PersonId,
        UserName = record.UserName,
        NormalizedUserName = record.NormalizedUserName,
        Email = record.Email,
        NormalizedEmail = record.NormalizedEmail,
        EmailConfirmed = record.EmailConfirmed,
        PasswordHash = record.PasswordHash,
        SecurityStamp = record.SecurityStamp,
        ConcurrencyStamp = record.ConcurrencyStamp,
        LockoutEnd = record.LockoutEnd,
        LockoutEnabled = record.LockoutEnabled,
        AccessFailedCount = record.AccessFailedCount,
        Logins = [.. record.Logins],
        IsAdministrator = record.IsAdministrator,
        MustChangePassword = record.MustChangePassword,
        Invitation = record.Invitation,
    };

    public AccountRecord ToRecord(string concurrencyStamp) => new(
        Id,
        UserName,
        NormalizedUserName,
        Email,
        NormalizedEmail,
        EmailConfirmed,
        PasswordHash,
        SecurityStamp,
        concurrencyStamp,
        LockoutEnd,
        LockoutEnabled,
        AccessFailedCount,
        [.. Logins],
        IsAdministrator,
        MustChangePassword,
        Invitation);
}
