using System.Collections.Concurrent;
using System.Reflection;

namespace Kooperationsraum.Silo.Runtime;

/// <summary>Dispatches calls of one grain interface method; built once per method, so a call costs no reflection lookup.</summary>
internal sealed class GrainMethodInvoker
{
    private static readonly ConcurrentDictionary<MethodInfo, GrainMethodInvoker> Invokers = new();

    private static readonly MethodInfo DispatchWithResultMethod =
        typeof(GrainMethodInvoker).GetMethod(nameof(DispatchWithResult), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly MethodInvoker method;
    private readonly Func<GrainHost, GrainId, Func<object, Task>, Task> dispatch;

    private GrainMethodInvoker(MethodInfo targetMethod)
    {
        method = MethodInvoker.Create(targetMethod);
        dispatch = targetMethod.ReturnType == typeof(Task)
            ? DispatchWithoutResult
            : DispatchWithResultMethod.MakeGenericMethod(targetMethod.ReturnType.GetGenericArguments()[0])
                .CreateDelegate<Func<GrainHost, GrainId, Func<object, Task>, Task>>();
    }

    public static GrainMethodInvoker For(MethodInfo targetMethod) =>
        Invokers.GetOrAdd(targetMethod, static m => new GrainMethodInvoker(m));

    public Task Invoke(GrainHost host, GrainId id, object?[] args) =>
        dispatch(host, id, grain => (Task)method.Invoke(grain, args.AsSpan())!);

    private static Task DispatchWithoutResult(GrainHost host, GrainId id, Func<object, Task> call) =>
        host.InvokeAsync(id, async grain =>
        {
            await call(grain);
            return true;
        });

    private static Task DispatchWithResult<TResult>(GrainHost host, GrainId id, Func<object, Task> call) =>
        host.InvokeAsync(id, grain => (Task<TResult>)call(grain));
}
