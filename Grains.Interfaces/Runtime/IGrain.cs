namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>Marker for every grain interface, as in Orleans.</summary>
public interface IGrain;
