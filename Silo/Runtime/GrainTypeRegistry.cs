using System.Collections.Concurrent;
using System.Reflection;
using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Silo.Runtime;

/// <summary>Maps each grain interface to the one grain class that implements it in the registered assemblies.</summary>
internal sealed class GrainTypeRegistry
{
    private readonly Dictionary<Type, Type[]> classesByInterface;
    private readonly ConcurrentDictionary<Type, Type> resolved = new();

    public GrainTypeRegistry(IEnumerable<Assembly> assemblies)
    {
        classesByInterface = assemblies.Distinct()
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && type.IsSubclassOf(typeof(Grain)))
            .SelectMany(grainClass => grainClass.GetInterfaces().Where(IsGrainInterface).Select(grainInterface => (grainInterface, grainClass)))
            .GroupBy(pair => pair.grainInterface, pair => pair.grainClass)
            .ToDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>The grain class for <paramref name="grainInterface"/>; throws when there is none or more than one.</summary>
    public Type Resolve(Type grainInterface) => resolved.GetOrAdd(grainInterface, ResolveCore);

    private Type ResolveCore(Type grainInterface)
    {
        if (!classesByInterface.TryGetValue(grainInterface, out var classes))
        {
            throw new ArgumentException($"No grain class in the registered assemblies implements {grainInterface}.", nameof(grainInterface));
        }

        if (classes.Length > 1)
        {
            throw new ArgumentException(
                $"{grainInterface} is implemented by more than one grain class: {string.Join(", ", classes.Select(c => c.FullName))}.",
                nameof(grainInterface));
        }

        var notAsync = grainInterface.GetInterfaces().Append(grainInterface)
            .SelectMany(type => type.GetMethods())
            .FirstOrDefault(method => method.ReturnType != typeof(Task)
                && !(method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)));
        return notAsync is null
            ? classes[0]
            : throw new ArgumentException($"{grainInterface}.{notAsync.Name} must return Task or Task<T>.", nameof(grainInterface));
    }

    private static bool IsGrainInterface(Type type) =>
        type != typeof(IGrainWithStringKey) && typeof(IGrainWithStringKey).IsAssignableFrom(type);
}
