namespace Kooperationsraum.Silo.Storage;

/// <summary>Identifies one persistent state or log: the grain class, the grain's key and the state's or log's name.</summary>
public readonly record struct GrainStateId(string GrainType, string GrainKey, string StateName)
{
    /// <inheritdoc />
    public override string ToString() => $"{GrainType}/{GrainKey}/{StateName}";
}
