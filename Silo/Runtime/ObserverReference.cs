using System.Collections.Concurrent;
using System.Reflection;
using System.Threading.Channels;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Microsoft.Extensions.Logging;

namespace Kooperationsraum.Silo.Runtime;

/// <summary>
/// What <c>CreateObjectReference</c> returns. A notification only enters a bounded queue, which the reference's own
/// loop delivers in order, so a grain never runs subscriber code on its turn and one slow subscriber holds back
/// nobody; a subscriber that falls a whole queue behind is made defunct. Not sealed, because
/// <see cref="DispatchProxy"/> generates the proxy class as a subclass of it.
/// </summary>
internal class ObserverReference : DispatchProxy, IObserverReference
{
    private static readonly ConcurrentDictionary<MethodInfo, MethodInvoker> Invokers = new();

    private Channel<(MethodInfo Method, object?[] Arguments)> queue = null!;
    private object target = null!;
    private ILogger logger = null!;
    private volatile bool defunct;

    public bool IsDefunct => defunct;

    public static TObserver Create<TObserver>(TObserver target, int capacity, ILogger logger)
        where TObserver : class, IGrainObserver
    {
        var twoWay = typeof(TObserver).GetInterfaces().Append(typeof(TObserver))
            .SelectMany(type => type.GetMethods())
            .FirstOrDefault(method => method.ReturnType != typeof(void));
        if (twoWay is not null)
        {
            throw new ArgumentException($"{typeof(TObserver)}.{twoWay.Name} must return void: notifications are one-way.", nameof(target));
        }

        var proxy = Create<TObserver, ObserverReference>();
        var reference = (ObserverReference)(object)proxy;
        reference.target = target;
        reference.logger = logger;
        reference.queue = Channel.CreateBounded<(MethodInfo, object?[])>(
            new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _ = Task.Run(reference.DeliverAsync);
        return proxy;
    }

    public void MakeDefunct()
    {
        defunct = true;
        queue.Writer.TryComplete();
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (!defunct && !queue.Writer.TryWrite((targetMethod!, args ?? [])))
        {
            MakeDefunct();
            logger.LogWarning("A {Observer} fell a whole queue behind; its reference is defunct and drops notifications.", target.GetType().Name);
        }

        return null;
    }

    private async Task DeliverAsync()
    {
        await foreach (var (method, arguments) in queue.Reader.ReadAllAsync())
        {
            if (defunct)
            {
                return;
            }

            try
            {
                Invokers.GetOrAdd(method, MethodInvoker.Create).Invoke(target, arguments.AsSpan());
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "A {Observer} threw from {Method}; later notifications are still delivered.", target.GetType().Name, method.Name);
            }
        }
    }
}
