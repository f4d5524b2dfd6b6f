using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Tests.Silo.TestGrains;

public interface INumberObserver : IGrainObserver
{
    void OnNumber(int number);
}
