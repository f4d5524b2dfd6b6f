namespace Kooperationsraum.Grains.Interfaces.Accounts;

/// <summary>
/// An open invitation: only the SHA-256 hash of the one-time token is stored, so that a leaked database does not
/// leak usable links.
/// </summary>
public sealed record AccountInvitation(string TokenHash, DateTimeOffset ExpiresAt);
