namespace Kooperationsraum.Web.Demo;

/// <summary>Whether an empty database gets a demo cooperation. Section <c>Kooperationsraum:Demo</c>.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Kooperationsraum:Demo";

    public bool Enabled { get; set; }
}
