using System.Reflection;

namespace Kooperationsraum.Silo.Runtime;

/// <summary>
/// What <c>GetGrain</c> returns: every interface call becomes a turn of the addressed activation. Not sealed,
/// because <see cref="DispatchProxy"/> generates the proxy class as a subclass of it.
/// </summary>
internal class GrainReference : DispatchProxy
{
    private GrainHost host = null!;
    private GrainId id;

    public static TGrain Create<TGrain>(GrainHost host, GrainId id)
    {
        var proxy = Create<TGrain, GrainReference>();
        var reference = (GrainReference)(object)proxy!;
        reference.host = host;
        reference.id = id;
        return proxy;
    }

    public override bool Equals(object? obj) => obj is GrainReference other && other.id == id && ReferenceEquals(other.host, host);

    public override int GetHashCode() => id.GetHashCode();

    public override string ToString() => id.ToString();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        GrainMethodInvoker.For(targetMethod!).Invoke(host, id, args ?? []);
}
