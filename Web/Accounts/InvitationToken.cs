using System.Security.Cryptography;
using System.Text;
using Kooperationsraum.Grains.Interfaces.Accounts;

namespace Kooperationsraum.Web.Accounts;

/// <summary>
/// One-time invitation tokens: 32 random bytes in the link, only their SHA-256 hash in the account, compared in
/// constant time.
/// </summary>
public static class InvitationToken
{
    /// <summary>How long an invitation link works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether <paramref name="token"/> opens the account's invitation at <paramref name="now"/>.</summary>
    public static bool Opens(AccountInvitation? invitation, string? token, DateTimeOffset now) =>
        invitation is not null
        && token is { Length: > 0 and <= 100 }
        && invitation.ExpiresAt > now
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(invitation.TokenHash));

    public static string Path(string personId, string token) =>
        $"/invitation/{Uri.EscapeDataString(personId)}?token={Uri.EscapeDataString(token)}";

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
