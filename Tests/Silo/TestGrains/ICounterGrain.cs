using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Tests.Silo.TestGrains;

public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Increments in memory only; the host writes it at deactivation.</summary>
    Task<int> IncrementAsync();

    Task<int> GetAsync();

    Task<string> GetLabelAsync();

    Task SetAndWriteAsync(int count);

    Task ClearAsync();

    Task DeactivateAsync();

    Task FailAsync(string message);
}
