namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>Lets calls to a grain class interleave at await points instead of running one turn at a time.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ReentrantAttribute : Attribute;
