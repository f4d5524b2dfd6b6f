using System.IO.Compression;
using System.Text.Json;
using Kooperationsraum.Web.Services;

namespace Kooperationsraum.Web.Components.Pages.Dashboards;

/// <summary>
/// What the prerender of a dashboard page showed, handed to the interactive page through the persistent component state,
/// so that the circuit starts with the same table instead of a progress indicator and a second load. It travels
/// through the browser (protected, but it is the person's own page): <see cref="DashboardView"/> holds only what the page
/// shows. Compressed, because it goes back to the server in the message that starts the circuit, which the hub keeps
/// small: the rows of 200 projects repeat their column names and cooperation titles and shrink about tenfold.
/// </summary>
/// <param name="CooperationId">The cooperation whose dashboard it is; null for the portfolio.</param>
/// <param name="Active">Who was editing which document, as the page named them.</param>
public sealed record DashboardSnapshot(string? CooperationId, DashboardView View, IReadOnlyList<ActiveEditor> Active)
{
    /// <summary>The key in the persistent component state; one dashboard page per circuit.</summary>
    public const string StateKey = "dashboard";

    /// <summary>
    /// The largest packed snapshot handed on; a larger portfolio starts its circuit without one and loads again. Base64
    /// encodings and the protection make it about two and a half times as large in the hub message, which
    /// <see cref="Hosting.KooperationsraumWebExtensions.MaximumHubMessageSize"/> limits.
    /// </summary>
    public const int MaximumPackedBytes = 20 * 1024;

    // Strict, so that a snapshot of another shape (made by an older version of the page, just before an update) fails to
    // read instead of leaving lists empty of null; the page then loads as without one.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The snapshot as compressed JSON.</summary>
    public byte[] Pack()
    {
        using var packed = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(brotli, this, Json);
        }

        return packed.ToArray();
    }

    /// <summary>The snapshot <see cref="Pack"/> made of <paramref name="packed"/>, or null when it is not one.</summary>
    public static DashboardSnapshot? Unpack(byte[] packed)
    {
        ArgumentNullException.ThrowIfNull(packed);
        try
        {
            using var brotli = new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<DashboardSnapshot>(brotli, Json);
        }
        catch (Exception unreadable) when (unreadable is JsonException or InvalidDataException)
        {
            return null;
        }
    }
}
