namespace Kooperationsraum.Web.Accounts;

/// <summary>What administrators see of an account: never its password hash or tokens.</summary>
public sealed record AccountSummary(
    string PersonId,
    string Email,
    bool IsAdministrator,
    bool IsLocked,
    bool HasPassword,
    bool InvitationOpen,
    bool MustChangePassword);
