namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Who is in a document on one connection and where their selections are. <see cref="PeerId"/> is random per
/// connection, so connection ids never leave the server; name and organisation come from the server's actor,
/// never from the client. <see cref="Ranges"/> are positions in the document at <see cref="Version"/>.
/// </summary>
public sealed record EditorPresence(string PeerId, string DisplayName, string OrganisationName, int Version, IReadOnlyList<PresenceRange> Ranges);
