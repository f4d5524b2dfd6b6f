using System.Security.Cryptography;
using System.Text;

namespace Kooperationsraum.Grains.Interfaces.People;

/// <summary>
/// The name a deleted person keeps wherever the platform holds one for them (the directory, and the stamps, comments,
/// revisions and activity that had copied their name): six hexadecimal digits of a SHA-256 hash of their id. Stable, so
/// that the same person reads the same everywhere, and never derived from the name. It is stored without words, in no
/// language; whoever shows it puts it into the reader's (the Web's "Gelöschte Person 1a2b3c", "Deleted person 1a2b3c").
/// </summary>
public static class Pseudonym
{
    /// <summary>The pseudonym of <paramref name="personId"/>.</summary>
    public static string Of(string personId)
    {
        ArgumentNullException.ThrowIfNull(personId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(personId)))[..6];
    }

    /// <summary>Whether <paramref name="displayName"/>, stored for <paramref name="personId"/>, is that person's pseudonym.</summary>
    public static bool IsOf(string personId, string displayName) => displayName == Of(personId);
}
