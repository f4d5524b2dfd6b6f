namespace Kooperationsraum.Tests.Silo.TestGrains;

public sealed class CounterState
{
    public int Count { get; set; }

    public string Label { get; set; } = "unnamed";
}
