namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>Marks a grain constructor parameter of type <see cref="IPersistentLog{TEntry}"/> and names its log.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentLogAttribute(string logName) : Attribute
{
    public string LogName { get; } = logName;
}
