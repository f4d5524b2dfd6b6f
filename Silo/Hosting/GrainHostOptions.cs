namespace Kooperationsraum.Silo.Hosting;

/// <summary>Settings of the grain host; bound from <c>Kooperationsraum:GrainHost</c>.</summary>
public sealed class GrainHostOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Kooperationsraum:GrainHost";

    /// <summary>How long an activation may go without calls before it is deactivated. Default 15 minutes.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for. Default 1 minute.</summary>
    public TimeSpan CollectionInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a caller waits for a grain call before it gets a <see cref="TimeoutException"/>; this is how a call
    /// cycle between non-reentrant grains surfaces. Default 30 seconds.
    /// </summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many notifications an observer reference may hold undelivered before it becomes defunct. Default 1000.</summary>
    public int ObserverQueueCapacity { get; set; } = 1000;
}
