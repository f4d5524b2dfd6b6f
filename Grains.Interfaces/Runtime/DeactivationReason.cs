namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReason
{
    IdleTimeout,
    ApplicationRequested,
    ShuttingDown,
}
