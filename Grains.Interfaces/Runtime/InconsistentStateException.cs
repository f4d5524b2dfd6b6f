namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>A write was based on a version of the state that is no longer the stored one; nothing was written.</summary>
public sealed class InconsistentStateException(string message) : Exception(message);
