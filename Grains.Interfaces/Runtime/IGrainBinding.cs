namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>How the host hands an activation its context. Grains never call this themselves.</summary>
public interface IGrainBinding
{
    /// <summary>Binds the grain to its activation, once, before <see cref="Grain.OnActivateAsync"/>.</summary>
    void Bind(IGrainContext context);
}
