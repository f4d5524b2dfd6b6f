using System.Globalization;

namespace Kooperationsraum.Bench.Dashboards;

/// <summary>A few hundred or thousand latencies in milliseconds, kept one by one, with their percentiles by nearest rank.</summary>
public sealed class Milliseconds
{
    private readonly List<double> samples = [];

    public int Count => samples.Count;

    public void Add(double milliseconds) => samples.Add(milliseconds);

    public double Percentile(double fraction)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        samples.Sort();
        return samples[Math.Clamp((int)Math.Ceiling(samples.Count * fraction) - 1, 0, samples.Count - 1)];
    }

    public double Max => samples.Count == 0 ? double.NaN : samples.Max();

    public double Mean => samples.Count == 0 ? double.NaN : samples.Average();

    /// <summary>"p50 … / p95 … / max … ms".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {Percentile(0.5):F0} / p95 {Percentile(0.95):F0} / max {Max:F0} ms");
}
