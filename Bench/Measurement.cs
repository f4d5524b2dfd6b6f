using System.Globalization;

namespace Kooperationsraum.Bench;

/// <summary>How many operations one benchmark completed in how much time.</summary>
public sealed record Measurement(string Name, long Operations, TimeSpan Elapsed)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name,-44} {Operations,14:N0} ops in {Elapsed.TotalSeconds,6:F2} s = {PerSecond,14:N0} ops/s");
}
