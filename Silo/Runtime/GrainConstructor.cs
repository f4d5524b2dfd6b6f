using System.Reflection;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Silo.Storage;

namespace Kooperationsraum.Silo.Runtime;

/// <summary>
/// Constructs a grain through its public constructor with the most parameters: a parameter marked
/// <see cref="PersistentStateAttribute"/> gets a state bound to the grain class, key and state name, one marked
/// <see cref="PersistentLogAttribute"/> a log bound the same way, an <see cref="IGrainContext"/> gets the activation,
/// and everything else comes from the activation's services.
/// </summary>
internal static class GrainConstructor
{
    public static Grain Create(
        GrainId id, IServiceProvider services, IGrainContext context, IGrainStorage storage, IGrainLogStorage logStorage, ICollection<IPersistentStateLifecycle> states)
    {
        var constructor = id.GrainClass.GetConstructors().MaxBy(c => c.GetParameters().Length)
            ?? throw new InvalidOperationException($"{id.GrainClass} has no public constructor.");
        var arguments = constructor.GetParameters().Select(parameter => Resolve(parameter)).ToArray();
        return (Grain)ConstructorInvoker.Create(constructor).Invoke(arguments.AsSpan());

        object? Resolve(ParameterInfo parameter)
        {
            if (parameter.GetCustomAttribute<PersistentStateAttribute>() is { } attribute)
            {
                var state = CreateState(id, parameter.ParameterType, attribute.StateName, storage);
                states.Add(state);
                return state;
            }

            if (parameter.GetCustomAttribute<PersistentLogAttribute>() is { } log)
            {
                return CreateLog(id, parameter.ParameterType, log.LogName, logStorage);
            }

            if (parameter.ParameterType == typeof(IGrainContext))
            {
                return context;
            }

            return services.GetService(parameter.ParameterType)
                ?? (parameter.HasDefaultValue
                    ? parameter.DefaultValue
                    : throw new InvalidOperationException($"{id.GrainClass.Name} needs a {parameter.ParameterType}, which is not registered."));
        }
    }

    private static IPersistentStateLifecycle CreateState(GrainId id, Type parameterType, string stateName, IGrainStorage storage)
    {
        if (!parameterType.IsGenericType || parameterType.GetGenericTypeDefinition() != typeof(IPersistentState<>))
        {
            throw new InvalidOperationException($"[PersistentState(\"{stateName}\")] in {id.GrainClass.Name} must mark an IPersistentState<T> parameter.");
        }

        // The grain class's full name keys the stored state, so renaming or moving a grain class orphans its state.
        var stateType = typeof(PersistentState<>).MakeGenericType(parameterType.GetGenericArguments());
        return (IPersistentStateLifecycle)Activator.CreateInstance(stateType, storage, new GrainStateId(id.GrainClass.FullName!, id.Key, stateName))!;
    }

    private static object CreateLog(GrainId id, Type parameterType, string logName, IGrainLogStorage storage)
    {
        if (!parameterType.IsGenericType || parameterType.GetGenericTypeDefinition() != typeof(IPersistentLog<>))
        {
            throw new InvalidOperationException($"[PersistentLog(\"{logName}\")] in {id.GrainClass.Name} must mark an IPersistentLog<T> parameter.");
        }

        // Keyed like a state, so a state and a log of one grain may share a name without meeting in storage.
        var logType = typeof(PersistentLog<>).MakeGenericType(parameterType.GetGenericArguments());
        return Activator.CreateInstance(logType, storage, new GrainStateId(id.GrainClass.FullName!, id.Key, logName))!;
    }
}
