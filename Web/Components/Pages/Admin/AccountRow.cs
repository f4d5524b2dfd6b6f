using Kooperationsraum.Web.Accounts;

namespace Kooperationsraum.Web.Components.Pages.Admin;

/// <summary>One line of the accounts table: the account with its person's name and organisation.</summary>
public sealed record AccountRow(AccountSummary Account, string Name, string Email, string Organisation);
