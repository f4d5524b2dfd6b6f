namespace Kooperationsraum.Silo.Runtime;

/// <summary>The identity of an activation: at most one activation per grain class and key exists at a time.</summary>
internal readonly record struct GrainId(Type GrainClass, string Key)
{
    public override string ToString() => $"{GrainClass.Name}/{Key}";
}
