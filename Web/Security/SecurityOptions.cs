namespace Kooperationsraum.Web.Security;

/// <summary>Settings under <c>Kooperationsraum:Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Kooperationsraum:Security";

    /// <summary>
    /// Origins besides the product's own (scheme, host and port, e.g. <c>https://kooperation.example.de</c>) whose
    /// pages may open hub and Blazor connections: needed when a reverse proxy serves the product under another
    /// address than the one Kestrel sees.
    /// </summary>
    public IList<string> AllowedOrigins { get; init; } = [];
}
