namespace Kooperationsraum.Grains.Interfaces.Accounts;

/// <summary>A sign-in through an external identity provider (OpenID Connect later), linked to an account.</summary>
public sealed record AccountLogin(string LoginProvider, string ProviderKey, string? DisplayName);
