using Kooperationsraum.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Kooperationsraum.Web.Accounts;

/// <summary>
/// Refuses passwords that are long enough but guessed first: well-known defaults and the product's own name, also
/// with digits or symbols around them, and passwords that contain the account's e-mail name.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<SharedResource> localizer) : IPasswordValidator<AccountUser>
{
    private static readonly string[] Guessable =
    [
        "password", "passwort", "kennwort", "qwertz", "qwerty", "123456", "admin", "administrator", "letmein",
        "welcome", "willkommen", "changeme", "geheim", "secret", "kooperationsraum", "default",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<AccountUser> manager, AccountUser user, string? password)
    {
        var letters = new string((password ?? string.Empty).Where(char.IsLetter).ToArray()).ToLowerInvariant();
        var digitsOnly = (password ?? string.Empty).All(char.IsDigit);
        var emailName = user.Email?.Split('@')[0].ToLowerInvariant() ?? string.Empty;
        var guessable = digitsOnly
            || Guessable.Any(word => letters.Length <= word.Length + 4 && letters.Contains(word, StringComparison.Ordinal))
            || (emailName.Length >= 4 && (password ?? string.Empty).Contains(emailName, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(guessable
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordGuessable", Description = localizer["Account.Error.PasswordGuessable"] })
            : IdentityResult.Success);
    }
}
