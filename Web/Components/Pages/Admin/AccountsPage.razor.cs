using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Accounts;
using Kooperationsraum.Web.Components.Shared;
using Kooperationsraum.Web.Identity;
using Kooperationsraum.Web.Resources;
using Kooperationsraum.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Radzen;

namespace Kooperationsraum.Web.Components.Pages.Admin;

/// <summary>
/// Administrators create people with accounts (by invitation link or with a start password they must change), lock and
/// unlock accounts, grant and take the administrator flag, and edit organisations. The page demands the administrator
/// policy; the services and grains demand an administrator again.
/// </summary>
public sealed partial class AccountsPage
{
    private IReadOnlyList<AccountRow> rows = [];
    private IReadOnlyList<Organisation> organisations = [];
    private string name = string.Empty;
    private string email = string.Empty;
    private string? organisationId;
    private bool withPassword;
    private string initialPassword = string.Empty;
    private string? invitationLink;
    private string? editedId;
    private string editedName = string.Empty;
    private OrganisationKind editedKind = OrganisationKind.Municipality;
    private string editedCity = string.Empty;

    [Inject] private AccountService Accounts { get; set; } = null!;

    [Inject] private DirectoryService Directory { get; set; } = null!;

    [Inject] private IActorAccessor Actors { get; set; } = null!;

    [Inject] private NotificationService Notifications { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = null!;

    private IEnumerable<object> kinds => Enum.GetValues<OrganisationKind>().Select(k => new { Text = Text.Name(k), Value = k });

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        organisations = await Directory.GetOrganisationsAsync();
        var people = (await Directory.GetPeopleAsync()).ToDictionary(person => person.Id);
        rows = [.. (await Accounts.GetAccountsAsync()).Select(account =>
        {
            var person = people[account.PersonId];
            return new AccountRow(account, person.DisplayName, account.Email, organisations.FirstOrDefault(o => o.Id == person.OrganisationId)?.Name ?? person.OrganisationId);
        })];
    }

    private string State(AccountSummary account)
    {
        var states = new List<string>();
        if (account.IsAdministrator)
        {
            states.Add(Text["Account.Admin.IsAdministrator"]);
        }

        if (account.IsLocked)
        {
            states.Add(Text["Account.Admin.IsLocked"]);
        }

        if (!account.HasPassword)
        {
            states.Add(account.InvitationOpen ? Text["Account.Admin.IsInvited"] : Text["Account.Admin.InvitationExpired"]);
        }
        else if (account.MustChangePassword)
        {
            states.Add(Text["Account.Admin.MustChange"]);
        }

        return states.Count == 0 ? Text["Account.Admin.IsActive"] : string.Join(" · ", states);
    }

    private Task CreateAsync() => string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(email) || organisationId is null ? Task.CompletedTask : RunAsync(async () =>
    {
        var person = new Person(Guid.NewGuid().ToString("N"), name.Trim(), email.Trim(), organisationId!);
        IdentityResult result;
        if (withPassword)
        {
            result = await Accounts.CreateWithPasswordAsync(person, initialPassword);
            invitationLink = null;
        }
        else
        {
            (var path, result) = await Accounts.CreateWithInvitationAsync(person);
            invitationLink = path is null ? null : Absolute(path);
        }

        if (!result.Succeeded)
        {
            Notifications.Notify(NotificationSeverity.Warning, Text["Common.NotPossible"], string.Join(" ", result.Errors.Select(e => e.Description)), TimeSpan.FromSeconds(10));
            return;
        }

        name = email = initialPassword = string.Empty;
    });

    private void SelectOrganisation(string id)
    {
        editedId = id;
        if (organisations.FirstOrDefault(o => o.Id == id) is { } organisation)
        {
            (editedName, editedKind, editedCity) = (organisation.Name, organisation.Kind, organisation.City);
        }
    }

    private Task SaveOrganisationAsync() => editedId is null ? Task.CompletedTask : RunAsync(() =>
        Directory.UpdateOrganisationAsync(new Organisation(editedId, editedName, editedKind, editedCity)));

    private string Absolute(string path) => Navigation.ToAbsoluteUri(path).ToString();

    private async Task RunAsync(Func<Task> action)
    {
        try
        {
            await action();
            await LoadAsync();
        }
        catch (WorkspaceRuleException refusal)
        {
            Notifications.Notify(NotificationSeverity.Warning, Text["Common.NotPossible"], Text.Describe(refusal), TimeSpan.FromSeconds(8));
        }
    }
}
