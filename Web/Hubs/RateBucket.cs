namespace Kooperationsraum.Web.Hubs;

/// <summary>One connection's tokens, when they were last counted, and how many calls were refused in a row.</summary>
internal sealed class RateBucket(double tokens, long stamp)
{
    public double Tokens { get; set; } = tokens;

    public long Stamp { get; set; } = stamp;

    public int Refusals { get; set; }
}
