using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Silo.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kooperationsraum.Silo.Runtime;

/// <summary>The grain factory of the single-process host.</summary>
internal sealed class GrainFactory(
    GrainHost host,
    GrainTypeRegistry types,
    IOptions<GrainHostOptions> options,
    ILogger<ObserverReference> observerLogger) : IGrainFactory
{
    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(key);
        return GrainReference.Create<TGrain>(host, new GrainId(types.Resolve(typeof(TGrain)), key));
    }

    public TObserver CreateObjectReference<TObserver>(TObserver observer) where TObserver : class, IGrainObserver
    {
        ArgumentNullException.ThrowIfNull(observer);
        return ObserverReference.Create(observer, options.Value.ObserverQueueCapacity, observerLogger);
    }

    public void DeleteObjectReference<TObserver>(TObserver reference) where TObserver : class, IGrainObserver
    {
        if (reference is not ObserverReference observerReference)
        {
            throw new ArgumentException("Only references made by CreateObjectReference can be deleted.", nameof(reference));
        }

        observerReference.MakeDefunct();
    }
}
