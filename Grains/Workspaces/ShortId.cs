using System.Security.Cryptography;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// Short random ids for workspaces' columns, tasks and comments. Ids are random rather than positional so that
/// a reference stays valid however the board is reordered, and 80 bits make collisions within one workspace
/// practically impossible.
/// </summary>
public static class ShortId
{
    public const int Length = 16;

    // Crockford's base32 in lower case: no i, l, o or u, so ids read back unambiguously.
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>Returns a new id of <see cref="Length"/> characters.</summary>
    public static string New()
    {
        Span<byte> random = stackalloc byte[Length * 5 / 8];
        RandomNumberGenerator.Fill(random);
        Span<char> id = stackalloc char[Length];
        var buffer = 0;
        var bits = 0;
        var next = 0;
        foreach (var value in random)
        {
            buffer = (buffer << 8) | value;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                id[next++] = Alphabet[(buffer >> bits) & 31];
            }
        }

        return new string(id);
    }
}
